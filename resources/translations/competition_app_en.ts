<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../competition_app/ui/about_dialog.py" line="47" />
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/about_dialog.py" line="57" />
        <source>职业技能大赛赛务系统</source>
        <translation>Skills Competition Manager</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/about_dialog.py" line="71" />
        <source>数据文件</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/about_dialog.py" line="72" />
        <source>日志</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/about_dialog.py" line="75" />
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/about_dialog.py" line="77" />
        <source>设置文件</source>
        <translation>Settings file</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/about_dialog.py" line="87" />
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/about_dialog.py" line="95" />
        <source>内置字体：文泉驿微米黑、AR PL UKai（Arphic 公共许可证）、Droid Sans Fallback。</source>
        <translation>Bundled fonts: WenQuanYi Micro Hei, AR PL UKai (Arphic Public License), Droid Sans Fallback.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/about_dialog.py" line="116" />
        <source>版本 {0} · Python {1} · Qt {2} · {3}</source>
        <translation>Version {0} · Python {1} · Qt {2} · {3}</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="30" />
        <source>创建赛事</source>
        <translation>Event created</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="31" />
        <source>修改规则</source>
        <translation>Rules changed</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="32" />
        <source>锁定成绩</source>
        <translation>Lock results</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="33" />
        <source>解锁成绩</source>
        <translation>Unlock results</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="34" />
        <source>录入分数</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="35" />
        <source>录入成绩</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="36" />
        <source>录入用时</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="37" />
        <source>清除分数</source>
        <translation>Clear marks</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="38" />
        <source>导入成绩表</source>
        <translation>Import scores</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="39" />
        <source>导入选手</source>
        <translation>Contestants imported</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="40" />
        <source>新增选手</source>
        <translation>Add contestant</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="41" />
        <source>修改选手</source>
        <translation>Contestant edited</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="42" />
        <source>选手状态</source>
        <translation>Contestant status</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="43" />
        <source>删除选手</source>
        <translation>Delete contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="44" />
        <source>导入裁判</source>
        <translation>Judges imported</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="45" />
        <source>新增裁判</source>
        <translation>Add judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="46" />
        <source>修改裁判</source>
        <translation>Judge edited</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="47" />
        <source>删除裁判</source>
        <translation>Delete judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="48" />
        <source>建立演示数据</source>
        <translation>Demo built</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="58" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="59" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="60" />
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="61" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="62" />
        <source>对象</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="63" />
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="64" />
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="65" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="75" />
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="75" />
        <source>未锁定</source>
        <translation>Unlocked</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="109" />
        <source>审计日志</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="110" />
        <source>每次修改都记录操作人、时间、原值与新值；记录首尾相连，任何改动都可被发现</source>
        <translation>Every change is recorded with who, when, the old and the new value; entries are chained, so any tampering shows</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="114" />
        <source>校验审计链</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="117" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="123" />
        <source>筛选：参赛证号、操作人、数值、原因……</source>
        <translation>Filter: entry no., user, value, reason…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="129" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="150" />
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="163" />
        <source>共 %1 条，显示 %2 条</source>
        <translation>%2 of %1 entries</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="175" />
        <source>正在校验审计链……</source>
        <translation>Verifying the audit chain…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="187" />
        <source>审计链完整：所有记录均未被改动、插入或删除。</source>
        <translation>The audit chain is intact: no entry was altered, inserted or deleted.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/audit_view.py" line="191" />
        <source>审计链在第 %1 条记录处断开：该记录或其前后记录可能被改动、插入或删除。请报告监督仲裁人员。</source>
        <translation>The audit chain breaks at entry %1: it or an entry next to it may have been altered, inserted or deleted. Report this to the supervisors.</translation>
    </message>
</context>
<context>
    <name>BackupControl</name>
    <message>
        <location filename="../../competition_app/ui/backup_control.py" line="89" />
        <location filename="../../competition_app/ui/backup_control.py" line="100" />
        <source>正在备份……</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup_control.py" line="95" />
        <source>正在自动备份……</source>
        <translation>Automatic backup…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup_control.py" line="106" />
        <source>已备份（%1）：%2</source>
        <translation>Backed up (%1): %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup_control.py" line="112" />
        <source>备份失败：%1</source>
        <translation>Backup failed: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup_control.py" line="136" />
        <source>未能恢复：%1</source>
        <translation>Could not restore: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup_control.py" line="139" />
        <source>已从备份恢复：%1</source>
        <translation>Restored from backup: %1</translation>
    </message>
</context>
<context>
    <name>ContestantDialog</name>
    <message>
        <location filename="../../competition_app/ui/contestant_dialog.py" line="48" />
        <source>编辑选手</source>
        <translation>Edit contestant</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_dialog.py" line="48" />
        <source>新增选手</source>
        <translation>Add contestant</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_dialog.py" line="55" />
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_dialog.py" line="56" />
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_dialog.py" line="57" />
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_dialog.py" line="67" />
        <source>留空则与单位相同</source>
        <translation>Leave empty to use the unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_dialog.py" line="77" />
        <source>参赛证号 *</source>
        <translation>Entry no. *</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_dialog.py" line="78" />
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_dialog.py" line="79" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_dialog.py" line="80" />
        <source>工种 *</source>
        <translation>Trade *</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_dialog.py" line="81" />
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_dialog.py" line="82" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_dialog.py" line="83" />
        <source>代表队</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_dialog.py" line="84" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_dialog.py" line="85" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_dialog.py" line="106" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_dialog.py" line="108" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_dialog.py" line="155" />
        <source>参赛证号为空</source>
        <translation>Entry number is empty</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_dialog.py" line="156" />
        <source>姓名为空</source>
        <translation>Name is empty</translation>
    </message>
</context>
<context>
    <name>ContestantTableModel</name>
    <message>
        <location filename="../../competition_app/ui/contestant_model.py" line="25" />
        <source>参赛证号</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_model.py" line="26" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_model.py" line="27" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_model.py" line="28" />
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_model.py" line="29" />
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_model.py" line="30" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_model.py" line="31" />
        <source>代表队</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_model.py" line="32" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestant_model.py" line="33" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ContestantsView</name>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="45" />
        <source>选手</source>
        <translation>Contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="45" />
        <source>报名信息、组别、单位与参赛状态</source>
        <translation>Registrations, groups, units and status</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="49" />
        <source>新增选手</source>
        <translation>Add contestant</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="52" />
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="54" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="57" />
        <source>导入报名表…</source>
        <translation>Import registrations…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="59" />
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="72" />
        <source>搜索参赛证号、姓名、单位或身份证号</source>
        <translation>Search entry no., name, unit or ID number</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="86" />
        <location filename="../../competition_app/ui/contestants_view.py" line="322" />
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="87" />
        <location filename="../../competition_app/ui/contestants_view.py" line="323" />
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="88" />
        <location filename="../../competition_app/ui/contestants_view.py" line="324" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="89" />
        <location filename="../../competition_app/ui/contestants_view.py" line="326" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="136" />
        <source>正在读取选手名单……</source>
        <translation>Reading the contestants…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="146" />
        <source>全部工种</source>
        <translation>All trades</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="150" />
        <source>全部组别</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="152" />
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="155" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="180" />
        <source>共 %1 人，显示 %2 人</source>
        <translation>%2 of %1 shown</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="238" />
        <source>已保存选手 %1 %2</source>
        <translation>Saved contestant %1 %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="249" />
        <source> 等 %1 人</source>
        <translation> and others (%1 in all)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="252" />
        <source>删除选手</source>
        <translation>Delete contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="253" />
        <source>删除 %1？其已录入的分数也会一并删除。</source>
        <translation>Delete %1? Their marks are deleted too.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="270" />
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="274" />
        <source>标记为：</source>
        <translation>Mark as: </translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="277" />
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="292" />
        <location filename="../../competition_app/ui/contestants_view.py" line="342" />
        <source>导入报名表</source>
        <translation>Import registrations</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="300" />
        <source>正在检查报名表 %1 ……</source>
        <translation>Checking registration file %1…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="308" />
        <source>“%1”共 %2 行，全部通过检查。确认后导入。</source>
        <translation>All %2 rows of “%1” passed the checks. Confirm to import them.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="314" />
        <source>“%1”中发现 %2 处问题，未导入任何数据。请改正后重新导入：</source>
        <translation>Found %2 problems in “%1”; nothing was imported. Correct them and import again:</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="319" />
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="320" />
        <source>参赛证号</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="321" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="325" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="347" />
        <source>导入 %1 名选手</source>
        <translation>Import %1 contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="363" />
        <source>已从“%1”导入 %2 名选手</source>
        <translation>Imported %2 contestants from “%1”</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="371" />
        <source>正在写入 %1 名选手……</source>
        <translation>Writing %1 contestants…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="380" />
        <source>导出选手名单</source>
        <translation>Export contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="380" />
        <source>选手名单.xlsx</source>
        <translation>contestants.xlsx</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="389" />
        <source>选手名单</source>
        <translation>Contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contestants_view.py" line="391" />
        <source>已导出 %1 名选手到 %2</source>
        <translation>Exported %1 contestants to %2</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../competition_app/ui/translation.py" line="74" />
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/translation.py" line="75" />
        <source>缺考</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/translation.py" line="76" />
        <source>取消资格</source>
        <translation>Disqualified</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/translation.py" line="77" />
        <source>不参与评奖</source>
        <translation>Out of competition</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/translation.py" line="80" />
        <source>成绩未录完</source>
        <translation>Marks missing</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/translation.py" line="81" />
        <source>并列待裁判长裁定</source>
        <translation>Tie for the chief judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/translation.py" line="82" />
        <source>评分差异超限</source>
        <translation>Panel spread</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/translation.py" line="85" />
        <source>并列跨奖项</source>
        <translation>Tie across awards</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/translation.py" line="86" />
        <source>裁判员</source>
        <translation>Judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/translation.py" line="87" />
        <source>裁判长</source>
        <translation>Chief judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/translation.py" line="88" />
        <source>记分员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/translation.py" line="90" />
        <source>测量</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/translation.py" line="90" />
        <source>评价</source>
        <translation>Judgement</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../competition_app/ui/crash_reporting.py" line="59" />
        <source>无法完成操作</source>
        <translation>Could not do that</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/crash_reporting.py" line="79" />
        <source>程序错误</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/crash_reporting.py" line="81" />
        <source>程序出现了一个错误。已保存的数据不受影响。
错误已记录到：
%1</source>
        <translation>The program hit an error. Saved data is not affected.
The error was written to:
%1</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="53" />
        <source>赛事信息</source>
        <translation>Event details</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="54" />
        <source>名称将印在成绩公示表和证书上。</source>
        <translation>The name is printed on result sheets and certificates.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="56" />
        <source>例如：2024年江北区职业技能大赛</source>
        <translation>e.g. 2024 Jiangbei District Skills Competition</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="61" />
        <source>例如：江北区人力资源和社会保障局</source>
        <translation>e.g. Jiangbei District Human Resources Bureau</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="64" />
        <source>赛事名称 *</source>
        <translation>Event name *</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="65" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="66" />
        <source>主办单位</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="67" />
        <source>地点</source>
        <translation>Venue</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="93" />
        <source>导出赛事定义…</source>
        <translation>Export event definition…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="95" />
        <source>把赛事、工种规则和裁判写成 TOML 文件，可在另一台电脑导入</source>
        <translation>Write the event, its trade rules and judges to a TOML file that another computer can import</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="103" />
        <source>工种</source>
        <translation>Trades</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="104" />
        <source>选手</source>
        <translation>Contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="105" />
        <source>裁判</source>
        <translation>Judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="106" />
        <source>评分录入</source>
        <translation>Score entry</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="127" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="128" />
        <source>主办单位</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="129" />
        <source>地点</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="130" />
        <source>发证单位</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="131" />
        <source>公示期</source>
        <translation>Notice period</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="132" />
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="145" />
        <source>各工种进度</source>
        <translation>Progress by trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="164" />
        <source>%1 个工作日</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="172" />
        <source>规则预设：</source>
        <translation>Rule presets: </translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="181" />
        <source>正在统计录入进度……</source>
        <translation>Counting entered marks…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="196" />
        <source>导出赛事定义</source>
        <translation>Export event definition</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="197" />
        <source>赛事定义.toml</source>
        <translation>event.toml</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="198" />
        <source>TOML 文件 (*.toml)</source>
        <translation>TOML files (*.toml)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="203" />
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../competition_app/ui/import_preview_dialog.py" line="72" />
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/import_preview_dialog.py" line="73" />
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/import_preview_dialog.py" line="74" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/import_preview_dialog.py" line="75" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/import_preview_dialog.py" line="99" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/import_preview_dialog.py" line="99" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>JudgeDialog</name>
    <message>
        <location filename="../../competition_app/ui/judge_dialog.py" line="41" />
        <source>编辑裁判</source>
        <translation>Edit judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judge_dialog.py" line="41" />
        <source>新增裁判</source>
        <translation>Add judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judge_dialog.py" line="64" />
        <source>编号 *</source>
        <translation>Code *</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judge_dialog.py" line="65" />
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judge_dialog.py" line="66" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judge_dialog.py" line="67" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judge_dialog.py" line="68" />
        <source>执裁工种</source>
        <translation>Trades judged</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judge_dialog.py" line="86" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judge_dialog.py" line="88" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judge_dialog.py" line="123" />
        <source>编号为空</source>
        <translation>Code is empty</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judge_dialog.py" line="124" />
        <source>姓名为空</source>
        <translation>Name is empty</translation>
    </message>
</context>
<context>
    <name>JudgeTableModel</name>
    <message>
        <location filename="../../competition_app/ui/judge_model.py" line="26" />
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judge_model.py" line="27" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judge_model.py" line="28" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judge_model.py" line="29" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judge_model.py" line="30" />
        <source>执裁工种</source>
        <translation>Trades judged</translation>
    </message>
</context>
<context>
    <name>JudgesView</name>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="39" />
        <source>裁判</source>
        <translation>Judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="39" />
        <source>裁判员、裁判长与记分员，以及各自执裁的工种</source>
        <translation>Judges, chief judges and clerks, and the trades each one judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="42" />
        <source>新增裁判</source>
        <translation>Add judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="45" />
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="47" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="50" />
        <source>导入裁判名单…</source>
        <translation>Import judges…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="52" />
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="65" />
        <source>搜索编号、姓名或单位</source>
        <translation>Search code, name or unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="72" />
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="74" />
        <location filename="../../competition_app/ui/judges_view.py" line="209" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="99" />
        <source>全部工种</source>
        <translation>All trades</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="100" />
        <source>全部角色</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="119" />
        <source>共 %1 人，显示 %2 人</source>
        <translation>%2 of %1 shown</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="154" />
        <source>已保存裁判 %1 %2</source>
        <translation>Saved judge %1 %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="163" />
        <source>删除裁判</source>
        <translation>Delete judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="164" />
        <source>删除 %1？</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="178" />
        <location filename="../../competition_app/ui/judges_view.py" line="224" />
        <source>导入裁判名单</source>
        <translation>Import judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="186" />
        <source>正在检查裁判名单……</source>
        <translation>Checking the judge list…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="194" />
        <source>“%1”共 %2 名裁判，全部通过检查。</source>
        <translation>All %2 judges in “%1” passed the checks.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="200" />
        <source>“%1”中发现 %2 处问题，未导入任何数据：</source>
        <translation>Found %2 problems in “%1”; nothing was imported:</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="205" />
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="206" />
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="207" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="208" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="210" />
        <source>执裁工种</source>
        <translation>Trades judged</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="229" />
        <source>导入 %1 名裁判</source>
        <translation>Import %1 judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="243" />
        <source>已导入 %1 名裁判</source>
        <translation>Imported %1 judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="253" />
        <source>导出裁判名单</source>
        <translation>Export judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="253" />
        <source>裁判名单.xlsx</source>
        <translation>judges.xlsx</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="262" />
        <source>裁判名单</source>
        <translation>Judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/judges_view.py" line="263" />
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../competition_app/ui/login_dialog.py" line="28" />
        <location filename="../../competition_app/ui/login_dialog.py" line="45" />
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/login_dialog.py" line="30" />
        <source>本数据库已设置用户，请登录：
%1</source>
        <translation>This database has users; please log in:
%1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/login_dialog.py" line="39" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/login_dialog.py" line="40" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/login_dialog.py" line="47" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="121" />
        <source>赛事</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="122" />
        <source>工种</source>
        <translation>Trades</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="123" />
        <source>选手</source>
        <translation>Contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="124" />
        <source>裁判</source>
        <translation>Judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="125" />
        <source>评分</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="126" />
        <source>成绩</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="127" />
        <source>团体</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="128" />
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="129" />
        <source>审计</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="143" />
        <source>赛务系统</source>
        <translation>Contest Manager</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="172" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="173" />
        <source>新建赛事…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="175" />
        <source>打开数据库…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="177" />
        <source>打开演示赛事</source>
        <translation>Open demo event</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="178" />
        <source>最近打开</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="181" />
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="182" />
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="185" />
        <source>关闭赛事，回到首页</source>
        <translation>Close event</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="188" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="189" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="195" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="199" />
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="200" />
        <source>界面语言…</source>
        <translation>Language…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="201" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="202" />
        <source>打开日志文件夹</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="203" />
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="210" />
        <source>（暂无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="240" />
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="240" />
        <source>“工种”页有未保存的规则修改，放弃这些修改？</source>
        <translation>The Trades page has unsaved rule changes. Discard them?</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="266" />
        <source>打开赛事数据库</source>
        <translation>Open event database</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="272" />
        <source>文件不存在：%1</source>
        <translation>File not found: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="350" />
        <source>职业技能大赛赛务系统</source>
        <translation>Skills Competition Manager</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="359" />
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="361" />
        <source>用户：%1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="397" />
        <source>正在准备演示赛事……</source>
        <translation>Preparing the demo event…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/main_window.py" line="404" />
        <source>只有 SQLite 数据库文件可以由本程序备份</source>
        <translation>Only SQLite database files can be backed up by the app</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../competition_app/ui/message_bar.py" line="32" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>NewEventWizard</name>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="183" />
        <source>新建赛事</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="191" />
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="192" />
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="193" />
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="194" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="201" />
        <source>赛事：%1</source>
        <translation>Event: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="202" />
        <source>日期：%1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="205" />
        <source>主办单位：%1</source>
        <translation>Organizer: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="209" />
        <source>工种：</source>
        <translation>Trades:</translation>
    </message>
</context>
<context>
    <name>PrintingView</name>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="53" />
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="54" />
        <source>成绩公示表、获奖证书、检录表与空白评分表（PDF，字体已嵌入）</source>
        <translation>Result sheets, certificates, check-in lists and blank score forms (PDF, fonts embedded)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="66" />
        <source>生成后打开</source>
        <translation>Open when done</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="68" />
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="70" />
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="78" />
        <source>成绩公示表</source>
        <translation>Result sheet</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="79" />
        <source>名次、成绩、奖项，身份证号打码；签字栏与公示期</source>
        <translation>Ranks, scores and awards with masked ID numbers; signature lines and notice period</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="84" />
        <source>获奖证书</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="85" />
        <source>获奖与获得称号的选手，每张带校验码；未选工种时打印全部</source>
        <translation>Every award and title, each with a verification code; all trades when none is chosen</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="88" />
        <source>检录表</source>
        <translation>Check-in list</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="88" />
        <source>按场次与工位，供检录签到</source>
        <translation>By session and workstation, for signing in</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="89" />
        <source>抽签结果</source>
        <translation>Lot results</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="89" />
        <source>场次、工位与顺序</source>
        <translation>Sessions, workstations and order</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="92" />
        <source>空白评分表</source>
        <translation>Blank score forms</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="93" />
        <source>按工件编号，不含姓名，供裁判填写</source>
        <translation>By work-piece code, without names, for the judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="96" />
        <source>桌签</source>
        <translation>Desk cards</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="96" />
        <source>工位桌签</source>
        <translation>Workstation desk cards</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="99" />
        <source>团体总分</source>
        <translation>Team standings</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="100" />
        <source>各代表队总分与名次；未选工种时为全部工种</source>
        <translation>Team totals and ranks; all trades when none is chosen</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="117" />
        <source>生成 PDF…</source>
        <translation>Make PDF…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="137" />
        <source>（全部工种）</source>
        <translation>(all trades)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="148" />
        <source>全部组别</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="192" />
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="192" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="208" />
        <source>正在生成“%1”……</source>
        <translation>Making “%1”…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing_view.py" line="215" />
        <source>已生成 %1</source>
        <translation>Written %1</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="37" />
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="38" />
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="39" />
        <source>选手</source>
        <translation>Contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="40" />
        <source>已录入 / 应录入</source>
        <translation>Entered / expected</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="41" />
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="42" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="43" />
        <source>锁定人</source>
        <translation>Locked by</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="53" />
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="55" />
        <source>已录完，待锁定</source>
        <translation>Complete, not locked</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/event_view.py" line="57" />
        <source>录入中</source>
        <translation>Entering</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../competition_app/ui/prompts.py" line="58" />
        <source>表格文件 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/prompts.py" line="61" />
        <source>赛事数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)</source>
        <translation>Event databases (*.db *.sqlite *.sqlite3);;All files (*)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="41" />
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="43" />
        <source>数据库备份 (*.db *.sqlite);;所有文件 (*)</source>
        <translation>Database backups (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="81" />
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="90" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="90" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="90" />
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="102" />
        <source>其他备份文件…</source>
        <translation>Other backup file…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="105" />
        <source>备份文件夹中还没有备份。</source>
        <translation>There are no backups in the backup folder yet.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="108" />
        <location filename="../../competition_app/ui/restore_dialog.py" line="174" />
        <source>选择一个备份查看其中的内容。</source>
        <translation>Select a backup to see what it holds.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="119" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="121" />
        <source>恢复此备份</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="161" />
        <source>其他文件</source>
        <translation>Other file</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="179" />
        <source>无法读取此备份：{0}</source>
        <translation>Cannot read this backup: {0}</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="182" />
        <source>此备份已损坏，不能恢复（{0}）</source>
        <translation>This backup is damaged and cannot be restored ({0})</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="199" />
        <source>赛事</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="199" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="199" />
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="199" />
        <source>选手</source>
        <translation>Contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="199" />
        <source>分数</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="205" />
        <source>共 {0} 个赛事、{1} 个工种、{2} 名选手、{3} 名裁判、{4} 个分数</source>
        <translation>{0} events, {1} trades, {2} contestants, {3} judges, {4} marks</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="219" />
        <source>当前数据库：{0} 个赛事、{1} 名选手、{2} 个分数，最后修改于 {3}。恢复前会自动另存一份。</source>
        <translation>Current database: {0} events, {1} contestants, {2} marks, last changed {3}. A copy is kept before restoring.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="229" />
        <source>用备份“{0}”（最后修改于 {1}）替换当前数据库？
此后录入的分数将被撤销；当前数据会先另存为安全副本，可以再恢复回来。</source>
        <translation>Replace the current database with the backup “{0}” (last changed {1})?
Marks entered since then are undone; the current data is first saved as a safety copy that can be restored.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/restore_dialog.py" line="232" />
        <source>确认恢复</source>
        <translation>Confirm restore</translation>
    </message>
</context>
<context>
    <name>ResultTableModel</name>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="46" />
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="47" />
        <source>参赛证号</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="48" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="51" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="53" />
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="61" />
        <source>%1（权重 %2）</source>
        <translation>%1 (weight %2)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="66" />
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="69" />
        <source>用时</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="69" />
        <source>完成用时（分钟）</source>
        <translation>Completion time (minutes)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="75" />
        <source>标准分</source>
        <translation>WS scale</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="78" />
        <source>世界技能大赛标准分（中位数为 700）</source>
        <translation>WorldSkills scale (median at 700)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="81" />
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="83" />
        <source>称号</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="85" />
        <source>晋升</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="86" />
        <source>标记 / 备注</source>
        <translation>Flags / notes</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="101" />
        <source>%1（并列）</source>
        <translation>%1 (tie)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="156" />
        <source>评分差异超限的评分项：%1</source>
        <translation>Criteria with panel spread over tolerance: %1</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="40" />
        <source>成绩与奖项</source>
        <translation>Results and awards</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="41" />
        <source>按工种与组别排名；名次、奖项与称号由评分规则计算</source>
        <translation>Ranked by trade and group; ranks, awards and titles follow the trade's rules</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="48" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="50" />
        <source>导出成绩…</source>
        <translation>Export results…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="52" />
        <location filename="../../competition_app/ui/results_view.py" line="205" />
        <location filename="../../competition_app/ui/results_view.py" line="240" />
        <source>锁定成绩</source>
        <translation>Lock results</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="66" />
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="68" />
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="85" />
        <source>图例：</source>
        <translation>Legend:</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="88" />
        <source>一等奖 / 金牌</source>
        <translation>1st prize / gold</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="89" />
        <source>二等奖 / 银牌</source>
        <translation>2nd prize / silver</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="90" />
        <source>三等奖 / 铜牌</source>
        <translation>3rd prize / bronze</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="91" />
        <source>其他奖项</source>
        <translation>Other awards</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="99" />
        <source>灰字：未排名（缺考、取消资格或成绩未录完）</source>
        <translation>Grey: not ranked</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="132" />
        <source>全部组别</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="159" />
        <source>正在计算成绩……</source>
        <translation>Computing results…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="183" />
        <source>共 %1 人，已排名 %2 人</source>
        <translation>%1 contestants, %2 ranked</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="198" />
        <source>成绩已锁定（%1），各处均为只读。</source>
        <translation>Results are locked (%1) and read-only everywhere.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="199" />
        <source>裁判长</source>
        <translation>Chief judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="202" />
        <source>解锁…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="225" />
        <source>已解锁“%1”。原因已记入审计日志。</source>
        <translation>Unlocked “%1”. The reason is in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="234" />
        <source>锁定“%1”后，分数、用时和选手状态均不能再修改，解锁须填写原因。</source>
        <translation>Once “%1” is locked, marks, times and statuses cannot be changed; unlocking needs a reason.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="237" />
        <source>注意：还有 %1 人成绩未录完。</source>
        <translation>Note: %1 contestants still have marks missing.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="243" />
        <source>已锁定“%1”。</source>
        <translation>Locked “%1”.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="258" />
        <source>导出成绩</source>
        <translation>Export results</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results_view.py" line="269" />
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="101" />
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="103" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="108" />
        <location filename="../../competition_app/ui/rules_editor.py" line="264" />
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="110" />
        <location filename="../../competition_app/ui/rules_editor.py" line="266" />
        <source>下移</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="133" />
        <source>组成部分与权重（总分 = Σ 权重 × 部分得分）</source>
        <translation>Components and weights (total = Σ weight × component)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="137" />
        <location filename="../../competition_app/ui/rules_editor.py" line="168" />
        <location filename="../../competition_app/ui/rules_editor.py" line="686" />
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="138" />
        <location filename="../../competition_app/ui/rules_editor.py" line="687" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="140" />
        <location filename="../../competition_app/ui/rules_editor.py" line="688" />
        <source>权重</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="140" />
        <source>0–1 之间，合计应为 1</source>
        <translation>Between 0 and 1; the weights add up to 1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="142" />
        <location filename="../../competition_app/ui/rules_editor.py" line="171" />
        <location filename="../../competition_app/ui/rules_editor.py" line="689" />
        <source>满分</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="164" />
        <source>评分细则（没有细则的组成部分直接录入分数，如理论知识）</source>
        <translation>Marking scheme (a component without criteria is entered directly, e.g. theory)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="169" />
        <source>评分项</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="170" />
        <location filename="../../competition_app/ui/rules_editor.py" line="690" />
        <source>所属部分</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="174" />
        <location filename="../../competition_app/ui/rules_editor.py" line="691" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="189" />
        <source>评分构成</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="206" />
        <source>裁判组评分方法</source>
        <translation>Judging panel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="210" />
        <source>单人评分（每项一个分数）</source>
        <translation>Single mark per criterion</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="211" />
        <source>多名裁判取平均</source>
        <translation>Mean of the judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="212" />
        <source>去掉一个最高分和一个最低分后取平均</source>
        <translation>Mean without the highest and lowest mark</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="213" />
        <source>世界技能大赛评价分（0–3 分）</source>
        <translation>WorldSkills judgement scores (0–3)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="218" />
        <source> 名裁判及以上时去掉最高最低分</source>
        <translation> or more judges: drop highest and lowest</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="220" />
        <source>留空：不检查</source>
        <translation>Empty: not checked</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="221" />
        <source>方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="222" />
        <source>去分条件</source>
        <translation>Trimming</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="223" />
        <source>评分差异上限</source>
        <translation>Spread tolerance</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="225" />
        <source>小数与舍入</source>
        <translation>Decimals and rounding</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="229" />
        <source> 位小数</source>
        <translation> decimals</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="232" />
        <location filename="../../competition_app/ui/rules_editor.py" line="289" />
        <source>四舍五入</source>
        <translation>Half up</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="233" />
        <source>四舍六入五成双</source>
        <translation>Half even</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="234" />
        <source>直接截断</source>
        <translation>Truncate</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="237" />
        <source>先对各组成部分舍入，再加权求总分</source>
        <translation>Round each component before weighting</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="238" />
        <source>显示世界技能大赛标准分（中位数 700）</source>
        <translation>Show the WorldSkills scale (median 700)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="239" />
        <source>总分保留</source>
        <translation>Total to</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="240" />
        <source>舍入方式</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="245" />
        <location filename="../../competition_app/ui/rules_editor.py" line="681" />
        <source>评分方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="257" />
        <source>并列时依次比较（勾选并排序）</source>
        <translation>Tie-break chain (tick and order)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="274" />
        <source>前</source>
        <translation>Top</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="279" />
        <source>名不允许并列（0：允许；仍并列者标记，由裁判长裁定）</source>
        <translation>places may not be shared (0: allowed; ties left are flagged for the chief judge)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="282" />
        <location filename="../../competition_app/ui/rules_editor.py" line="683" />
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="285" />
        <source>等级奖（一、二、三等奖等）</source>
        <translation>Prize tiers (1st, 2nd, 3rd…)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="286" />
        <source>奖牌（世界技能大赛金银铜牌）</source>
        <translation>Medals (WorldSkills gold, silver, bronze)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="290" />
        <source>向下取整</source>
        <translation>Round down</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="291" />
        <source>向上取整</source>
        <translation>Round up</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="295" />
        <location filename="../../competition_app/ui/rules_editor.py" line="298" />
        <source>留空：不设</source>
        <translation>Empty: none</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="299" />
        <source>方式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="301" />
        <source>名额取整</source>
        <translation>Quota rounding</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="303" />
        <source>获奖最低总分</source>
        <translation>Minimum total</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="305" />
        <source>奖牌分差窗口</source>
        <translation>Medal tie window</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="307" />
        <source>优胜奖标准分</source>
        <translation>Medallion at</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="311" />
        <source>奖项名称</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="314" />
        <source>名额方式</source>
        <translation>Quota by</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="323" />
        <source>人数或比例</source>
        <translation>Count or share</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="325" />
        <source>固定人数填整数；比例填 0–1 之间的小数，如 0.1</source>
        <translation>A whole number for a count; a fraction between 0 and 1 for a share, e.g. 0.1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="349" />
        <source>排名与奖项</source>
        <translation>Ranking and awards</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="354" />
        <source>称号（如“技术能手”授予前 N 名）</source>
        <translation>Titles (e.g. Technical Expert for the top N)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="357" />
        <location filename="../../competition_app/ui/rules_editor.py" line="685" />
        <source>称号</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="357" />
        <location filename="../../competition_app/ui/rules_editor.py" line="692" />
        <source>前 N 名</source>
        <translation>Top N</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="364" />
        <source>技术能手</source>
        <translation>Technical Expert</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="368" />
        <source>晋升等级（获奖或称号对应的职业技能等级）</source>
        <translation>Level promotions (the skill level an award or title brings)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="371" />
        <source>奖项或称号</source>
        <translation>Award or title</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="371" />
        <source>晋升至</source>
        <translation>Promoted to</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="382" />
        <source>称号与晋升</source>
        <translation>Titles and promotions</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="387" />
        <source>总分高者优先（必选，排第一）</source>
        <translation>Higher total first (always first)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="389" />
        <source>用时短者优先</source>
        <translation>Shorter time first</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="391" />
        <source>“%1”得分高者优先</source>
        <translation>Higher “%1” first</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="564" />
        <source>有权重不是数字</source>
        <translation>A weight is not a number</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="567" />
        <source>✓ 权重合计 1</source>
        <translation>✓ Weights add up to 1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="571" />
        <source>权重合计 %1，应为 1</source>
        <translation>Weights add up to %1, should be 1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="584" />
        <source>%1：细则满分合计 %2 / %3</source>
        <translation>%1: criteria add up to %2 / %3</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="590" />
        <source>%1：直接录入</source>
        <translation>%1: entered directly</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="674" />
        <source>测量</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="675" />
        <source>评价</source>
        <translation>Judgement</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="676" />
        <source>固定人数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="677" />
        <source>比例</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="678" />
        <source>累计至比例</source>
        <translation>Up to share</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="679" />
        <source>组成部分</source>
        <translation>Components</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="680" />
        <source>并列比较</source>
        <translation>Tie-break</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="682" />
        <source>小数位数</source>
        <translation>Decimals</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="684" />
        <source>评分细则</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="693" />
        <source>人数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/rules_editor.py" line="694" />
        <source>%1第 %2 行</source>
        <translation>%1 row %2</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <location filename="../../competition_app/ui/score_grid_model.py" line="196" />
        <source>待保存：与数据库的连接中断，恢复后自动保存</source>
        <translation>Waiting: the database cannot be reached; saved automatically once it is back</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/score_grid_model.py" line="199" />
        <source>裁判与选手同单位，须回避</source>
        <translation>Judge and contestant share a unit: the judge must stand aside</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/score_grid_model.py" line="201" />
        <source>未录入</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/score_grid_model.py" line="206" />
        <source>完成用时（分钟，或 时:分）</source>
        <translation>Completion time (minutes, or h:mm)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/score_grid_model.py" line="210" />
        <source> · 裁判 %1 %2</source>
        <translation> · judge %1 %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/score_grid_model.py" line="213" />
        <source> · 满分 %1</source>
        <translation> · max %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/score_grid_model.py" line="231" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/score_grid_model.py" line="232" />
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/score_grid_model.py" line="233" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/score_grid_model.py" line="236" />
        <source>用时
（分钟）</source>
        <translation>Time
(min)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/score_grid_model.py" line="258" />
        <source>这一列不能录入</source>
        <translation>This column cannot be entered</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/score_grid_model.py" line="260" />
        <source>本工种已锁定，成绩只读</source>
        <translation>This trade is locked; marks are read-only</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/score_grid_model.py" line="268" />
        <source>裁判 %1 %2 与选手同属“%3”，须回避</source>
        <translation>Judge %1 %2 belongs to “%3” like the contestant and must stand aside</translation>
    </message>
</context>
<context>
    <name>ScoringView</name>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="218" />
        <source>评分录入</source>
        <translation>Score entry</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="219" />
        <source>输入分数后按 Enter 下移、Tab 右移；Delete 清除为“未录入”；Esc 取消</source>
        <translation>Type a mark, Enter moves down, Tab moves right; Delete clears it to “not entered”; Esc cancels</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="223" />
        <source>导入成绩表…</source>
        <translation>Import scores…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="225" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="238" />
        <source>只看未录完</source>
        <translation>Only rows missing marks</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="240" />
        <source>隐藏姓名（盲评）</source>
        <translation>Hide names (blind)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="243" />
        <source>定位参赛证号，回车</source>
        <translation>Go to entry no.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="249" />
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="251" />
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="326" />
        <source>全部组别</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="382" />
        <source>已录入 %1 / %2</source>
        <translation>Entered %1 / %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="389" />
        <source>与数据库的连接中断：%1 个分数尚未保存（浅蓝色），恢复后自动保存。请勿关闭程序。</source>
        <translation>The database cannot be reached: %1 marks are not saved yet (light blue) and will be saved once it is back. Do not close the program.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="394" />
        <source>连接已恢复，待保存的分数均已保存。</source>
        <translation>The connection is back; all waiting marks are saved.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="400" />
        <source>本工种成绩已由裁判长锁定，只读。如需修改，请在“成绩”页解锁并填写原因。</source>
        <translation>The chief judge locked this trade: read-only. To change marks, unlock it on the Results page with a reason.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="402" />
        <source>（锁定人：%1）</source>
        <translation> (locked by %1)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="425" />
        <source>没有参赛证号为“%1”的选手</source>
        <translation>No contestant with entry number “%1”</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="447" />
        <source>清除分数</source>
        <translation>Clear marks</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="448" />
        <source>清除选中的 %1 个分数？清除后为“未录入”。</source>
        <translation>Clear the %1 selected marks? They become “not entered”.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="463" />
        <source>未保存。</source>
        <translation>Not saved. </translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="479" />
        <source>（已清除）</source>
        <translation>(cleared)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="481" />
        <source>已保存 %1 %2：%3</source>
        <translation>Saved %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="512" />
        <source>标记为：</source>
        <translation>Mark as: </translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="534" />
        <source>导入成绩表</source>
        <translation>Import scores</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="546" />
        <source>已导入 %1 行：%2 个评分项分数，%3 个成绩，%4 个用时</source>
        <translation>Imported %1 rows: %2 criterion marks, %3 scores, %4 times</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="556" />
        <source>成绩表有问题</source>
        <translation>Problems in the score file</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="557" />
        <source>成绩表“%1”有 %2 处问题，未导入任何数据：</source>
        <translation>The score file “%1” has %2 problems; nothing was imported:</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring_view.py" line="567" />
        <source>正在导入成绩表……</source>
        <translation>Importing scores…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="89" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="104" />
        <source>（内置中文字体）</source>
        <translation>(bundled Chinese font)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="109" />
        <source> 磅</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="115" />
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="118" />
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="121" />
        <source>语言、字体和数据文件夹在重新打开窗口后生效；数据不受影响。</source>
        <translation>Language, font and data folder take effect when the window reopens; data is not affected.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="135" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="136" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="138" />
        <source>恢复默认</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="144" />
        <source>界面语言 / Language</source>
        <translation>Language / 界面语言</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="145" />
        <source>新工种默认规则</source>
        <translation>Default rules for new trades</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="149" />
        <source>界面字体</source>
        <translation>Interface font</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="150" />
        <location filename="../../competition_app/ui/settings_dialog.py" line="214" />
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="151" />
        <location filename="../../competition_app/ui/settings_dialog.py" line="215" />
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="152" />
        <source>自动备份间隔</source>
        <translation>Automatic backup every</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="153" />
        <source>保留自动备份</source>
        <translation>Keep automatic backups</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="164" />
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="176" />
        <source>选择文件夹</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="241" />
        <source>请填写完整路径</source>
        <translation>Enter a full path</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="241" />
        <source>这是一个文件，不是文件夹</source>
        <translation>This is a file, not a folder</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/settings_dialog.py" line="241" />
        <source>没有写入权限</source>
        <translation>No permission to write</translation>
    </message>
</context>
<context>
    <name>StandingsTableModel</name>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="168" />
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="169" />
        <source>代表队 / 单位</source>
        <translation>Team / unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="170" />
        <source>团体总分</source>
        <translation>Team standings</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/result_model.py" line="171" />
        <source>计分人数</source>
        <translation>Counted</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="163" />
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="164" />
        <source>点击“创建”后建立赛事；之后可导入选手和裁判。</source>
        <translation>Click Create to set up the event; then import contestants and judges.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../competition_app/ui/workers.py" line="111" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/workers.py" line="112" />
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/workers.py" line="136" />
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>TeamsView</name>
    <message>
        <location filename="../../competition_app/ui/teams_view.py" line="27" />
        <location filename="../../competition_app/ui/teams_view.py" line="118" />
        <source>团体总分</source>
        <translation>Team standings</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/teams_view.py" line="31" />
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/teams_view.py" line="33" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/teams_view.py" line="41" />
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/teams_view.py" line="60" />
        <source>每个代表队取总分最高的 %1 名选手相加</source>
        <translation>Each team's best %1 totals are added</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/teams_view.py" line="62" />
        <source>每个代表队全部选手的总分相加</source>
        <translation>All totals of each team are added</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/teams_view.py" line="65" />
        <source>；缺考、取消资格、不参与评奖及成绩未录完者不计</source>
        <translation>; absent, disqualified, out-of-competition and unfinished contestants do not count</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/teams_view.py" line="71" />
        <source>全部工种</source>
        <translation>All trades</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/teams_view.py" line="91" />
        <source>正在计算团体总分……</source>
        <translation>Computing team standings…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/teams_view.py" line="104" />
        <source>%1 个代表队</source>
        <translation>%1 teams</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/teams_view.py" line="109" />
        <source>导出团体总分</source>
        <translation>Export team standings</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/teams_view.py" line="109" />
        <source>团体总分.xlsx</source>
        <translation>teams.xlsx</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/teams_view.py" line="119" />
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>TradesPage</name>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="74" />
        <source>工种与评分规则</source>
        <translation>Trades and rules</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="76" />
        <source>每个工种选一个规则预设；评分细则、奖项等可以稍后在“工种”页修改。</source>
        <translation>Pick a rule preset for each trade; the marking scheme and awards can be edited later on the Trades page.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="81" />
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="82" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="83" />
        <source>规则预设</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="84" />
        <source>组别（用顿号分隔）</source>
        <translation>Groups (separated by 、)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="97" />
        <source>添加常用工种</source>
        <translation>Add a common trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="102" />
        <source>添加空白工种</source>
        <translation>Add an empty trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="106" />
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="132" />
        <source>至少添加一个工种</source>
        <translation>Add at least one trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="136" />
        <source>第 %1 行：代码为空</source>
        <translation>Row %1: code is empty</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="138" />
        <source>第 %1 行：代码只能用字母、数字、下划线</source>
        <translation>Row %1: the code may only use letters, digits and underscores</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="141" />
        <source>第 %1 行：代码“%2”重复</source>
        <translation>Row %1: code “%2” is repeated</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="145" />
        <source>第 %1 行：名称为空</source>
        <translation>Row %1: name is empty</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/new_event_wizard.py" line="147" />
        <source>第 %1 行：请选择规则预设</source>
        <translation>Row %1: choose a preset</translation>
    </message>
</context>
<context>
    <name>TradesView</name>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="50" />
        <source>工种与评分规则</source>
        <translation>Trades and rules</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="51" />
        <source>组成部分与权重、评分细则、裁判组方法、并列规则与奖项；修改后即时预览排名</source>
        <translation>Components and weights, marking scheme, panel, tie-breaks and awards; the ranking preview follows your edits</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="61" />
        <source>撤销修改</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="63" />
        <source>保存规则</source>
        <translation>Save rules</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="76" />
        <source>如：职工组、学生组（留空则不分组）</source>
        <translation>e.g. 职工组、学生组 (empty: no groups)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="79" />
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="81" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="83" />
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="99" />
        <source>排名预览（按编辑中的规则，未保存）</source>
        <translation>Ranking preview (rules being edited, not saved)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="146" />
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="147" />
        <source>“%1”的规则修改尚未保存，放弃这些修改？</source>
        <translation>The changes to “%1” are not saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="166" />
        <source>创建时的预设：%1</source>
        <translation>Created from preset: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="167" />
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="176" />
        <source>本工种成绩已锁定，规则只读。解锁后才能修改。</source>
        <translation>This trade's results are locked, so its rules are read-only. Unlock to change them.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="197" />
        <source>……另有 %1 处</source>
        <translation>…and %1 more</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="199" />
        <source>规则有 %1 处问题，改正后才能保存：</source>
        <translation>The rules have %1 problems to correct before saving:</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="208" />
        <source>✓ 规则有效</source>
        <translation>✓ Rules are valid</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="208" />
        <source>（有未保存的修改）</source>
        <translation> (unsaved changes)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="233" />
        <source>正在计算预览……</source>
        <translation>Computing the preview…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="239" />
        <source>无法预览：</source>
        <translation>No preview: </translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="256" />
        <source>已排名 %1 / %2 人</source>
        <translation>%1 of %2 ranked</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/trades_view.py" line="286" />
        <source>已保存“%1”的规则。</source>
        <translation>Saved the rules of “%1”.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../competition_app/ui/unlock_dialog.py" line="20" />
        <source>解锁成绩</source>
        <translation>Unlock results</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/unlock_dialog.py" line="23" />
        <source>解锁“%1”后，分数可以再次修改。解锁原因、时间和操作人将记入审计日志。</source>
        <translation>After unlocking “%1”, marks can be changed again. The reason, time and user go into the audit trail.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/unlock_dialog.py" line="30" />
        <source>例如：仲裁委员会裁定复核第 3 题分数（申诉编号 2022-07）</source>
        <translation>e.g. Arbitration ruled to re-check item 3 (appeal 2022-07)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/unlock_dialog.py" line="37" />
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/unlock_dialog.py" line="39" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/unlock_dialog.py" line="44" />
        <source>解锁原因 *</source>
        <translation>Reason for unlocking *</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../competition_app/ui/welcome_view.py" line="52" />
        <source>职业技能大赛赛务系统</source>
        <translation>Skills Competition Manager</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/welcome_view.py" line="54" />
        <source>离线运行：赛事设置、报名、评分录入、排名与奖项、锁定与审计。</source>
        <translation>Runs offline: event set-up, registration, score entry, ranking and awards, locking and audit.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/welcome_view.py" line="61" />
        <source>新建赛事…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/welcome_view.py" line="61" />
        <source>按预设规则创建赛事和工种</source>
        <translation>Create an event and its trades from rule presets</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/welcome_view.py" line="64" />
        <source>打开演示赛事</source>
        <translation>Open demo event</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/welcome_view.py" line="65" />
        <source>五个工种、两百余名选手，大部分分数已录入</source>
        <translation>Five trades, 240 contestants, most marks entered</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/welcome_view.py" line="69" />
        <source>打开数据库…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/welcome_view.py" line="69" />
        <source>打开已有的赛事数据库文件</source>
        <translation>Open an existing event database file</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/welcome_view.py" line="84" />
        <source>本数据库中的赛事</source>
        <translation>Events in this database</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/welcome_view.py" line="97" />
        <source>最近打开</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/welcome_view.py" line="138" />
        <source>%1
%2 · %3 个工种 · %4 名选手</source>
        <translation>%1
%2 · %3 trades · %4 contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/welcome_view.py" line="147" />
        <source>（还没有赛事：新建一个，或打开演示赛事）</source>
        <translation>(No events yet: create one, or open the demo event)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/welcome_view.py" line="157" />
        <source>（暂无）</source>
        <translation>(none)</translation>
    </message>
</context>
</TS>