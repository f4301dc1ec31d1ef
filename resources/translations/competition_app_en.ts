<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../competition_app/ui/window/about_dialog.py" line="47"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/about_dialog.py" line="57"/>
        <source>职业技能大赛赛务系统</source>
        <translation>Skills Competition Manager</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/about_dialog.py" line="71"/>
        <source>数据文件</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/about_dialog.py" line="72"/>
        <source>日志</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/about_dialog.py" line="75"/>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/about_dialog.py" line="77"/>
        <source>设置文件</source>
        <translation>Settings file</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/about_dialog.py" line="87"/>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/about_dialog.py" line="95"/>
        <source>内置字体：文泉驿微米黑（Apache 2.0）、AR PL UKai（Arphic 公共许可证）、花园明朝 A（生僻字节选）与 B（花园字体许可证或 SIL OFL 1.1）。</source>
        <translation>Bundled fonts: WenQuanYi Micro Hei (Apache 2.0), AR PL UKai (Arphic Public License), HanaMin A (a cut for rare characters) and B (Hanazono Font License or SIL OFL 1.1).</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/about_dialog.py" line="117"/>
        <source>版本 {0} · Python {1} · Qt {2} · {3}</source>
        <translation>Version {0} · Python {1} · Qt {2} · {3}</translation>
    </message>
</context>
<context>
    <name>AddTradeDialog</name>
    <message>
        <location filename="../../competition_app/ui/setup/trade_dialogs.py" line="39"/>
        <source>添加工种</source>
        <translation>Add trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_dialogs.py" line="42"/>
        <source>字母、数字、下划线，如 welder</source>
        <translation>Letters, digits, underscores, e.g. welder</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_dialogs.py" line="44"/>
        <source>如 焊工</source>
        <translation>e.g. Welder</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_dialogs.py" line="49"/>
        <source>如：职工组、学生组（留空则不分组）</source>
        <translation>e.g. 职工组、学生组 (empty: no groups)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_dialogs.py" line="51"/>
        <source>代码 *</source>
        <translation>Code *</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_dialogs.py" line="52"/>
        <source>名称 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_dialogs.py" line="53"/>
        <source>规则预设</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_dialogs.py" line="54"/>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_dialogs.py" line="57"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_dialogs.py" line="57"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_dialogs.py" line="60"/>
        <source>新工种按所选预设建立评分规则，添加后可在本页修改。</source>
        <translation>The new trade gets the rules of the chosen preset; change them on this page afterwards.</translation>
    </message>
</context>
<context>
    <name>AppealTableModel</name>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="47"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="48"/>
        <source>选手</source>
        <translation>Contestant</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="49"/>
        <source>收到时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="50"/>
        <source>事由</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="51"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="52"/>
        <source>裁定理由</source>
        <translation>Grounds of the decision</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="53"/>
        <source>裁定人</source>
        <translation>Decided by</translation>
    </message>
</context>
<context>
    <name>AppealsView</name>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="139"/>
        <source>申诉</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="140"/>
        <source>比赛结束后在时限内登记申诉；裁判长（仲裁）裁定，改分后显示名次与奖项的变化</source>
        <translation>Record appeals within the window after a trade ends; the chief judge (arbitration) decides; changed marks show how ranks and awards moved</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="145"/>
        <source>结束时间与时限…</source>
        <translation>End time and window…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="147"/>
        <source>登记申诉…</source>
        <translation>Record appeal…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="150"/>
        <source>裁定…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="152"/>
        <source>据此修改分数…</source>
        <translation>Change marks…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="162"/>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="180"/>
        <source>改分前后的名次与奖项</source>
        <translation>Ranks and awards before and after</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="206"/>
        <source>未设置比赛结束时间：请先点“结束时间与时限…”设置，才能登记申诉。</source>
        <translation>No end time set: set it with “End time and window…” before recording appeals.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="210"/>
        <source>已截止</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="212"/>
        <source>还剩 %1 小时 %2 分</source>
        <translation>%1 h %2 min left</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="217"/>
        <source>比赛结束 %1 · 申诉时限 %2 小时 · 截止 %3（%4）</source>
        <translation>Trade ended %1 · appeal window %2 h · deadline %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="246"/>
        <source>先点“结束时间与时限…”设置比赛结束时间</source>
        <translation>Set the end time with “End time and window…” first</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="280"/>
        <source>已登记申诉 %1（选手 %2 %3）</source>
        <translation>Appeal %1 recorded (contestant %2 %3)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="299"/>
        <source>申诉 %1 已裁定：%2</source>
        <translation>Appeal %1 decided: %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="332"/>
        <source>申诉 %1：修改 %2 个分数；名次变化 %3 人，奖项变化 %4 人（底色标出）。</source>
        <translation>Appeal %1: %2 mark(s) changed; %3 rank(s) and %4 award(s) changed (awards highlighted).</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="339"/>
        <source>已按申诉裁定修改分数，修改已记入审计日志。</source>
        <translation>Marks changed as the appeal was decided; the change is in the audit trail.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignment_dialogs.py" line="66"/>
        <source>修改评分组</source>
        <translation>Change panel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignment_dialogs.py" line="66"/>
        <source>安排裁判 · %1</source>
        <translation>Assign a judge · %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignment_dialogs.py" line="76"/>
        <source>评判全部评分项</source>
        <translation>Marks every criterion</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignment_dialogs.py" line="91"/>
        <source>裁判</source>
        <translation>Judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignment_dialogs.py" line="92"/>
        <source>评分组</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignment_dialogs.py" line="94"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignment_dialogs.py" line="121"/>
        <source>请勾选至少一个评分项，或选择“评判全部评分项”</source>
        <translation>Tick at least one criterion, or choose “Marks every criterion”</translation>
    </message>
</context>
<context>
    <name>AssignmentDialogs</name>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignment_dialogs.py" line="45"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AssignmentTableModel</name>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="47"/>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="48"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="49"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="50"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="51"/>
        <source>评分组</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="64"/>
        <source>全部评分项</source>
        <translation>All criteria</translation>
    </message>
</context>
<context>
    <name>AssignmentsView</name>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="118"/>
        <source>裁判分工与回避</source>
        <translation>Judge assignments and conflicts</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="119"/>
        <source>安排各工种的裁判及其评分组；与选手同单位或登记回避的裁判不能为该选手评分</source>
        <translation>The judges of each trade and their panels; a judge from a contestant&apos;s unit or with a declared conflict may not mark that contestant</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="127"/>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="134"/>
        <source>本工种裁判</source>
        <translation>Judges of this trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="142"/>
        <source>安排裁判…</source>
        <translation>Assign judge…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="145"/>
        <source>修改评分组…</source>
        <translation>Change panel…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="147"/>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="275"/>
        <source>移出本工种</source>
        <translation>Remove from trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="156"/>
        <source>回避名单</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="164"/>
        <source>登记回避…</source>
        <translation>Declare conflict…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="166"/>
        <source>撤销回避…</source>
        <translation>Withdraw conflict…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="197"/>
        <source>盲评工种：裁判不见选手单位，同单位无须回避，仅列出登记的回避。</source>
        <translation>Blind trade: judges do not see units, so only declared conflicts are listed.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="199"/>
        <source>非盲评：与选手同单位的裁判自动列入回避名单。</source>
        <translation>Not blind: judges from a contestant&apos;s unit are listed automatically.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="243"/>
        <source>已安排裁判 %1 %2</source>
        <translation>Judge %1 %2 assigned</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="263"/>
        <source>已修改 %1 的评分组</source>
        <translation>Panel of %1 changed</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="276"/>
        <source>将裁判 %1 %2 移出“%3”？已录入的分数保留。</source>
        <translation>Remove judge %1 %2 from “%3”? Marks already entered are kept.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="287"/>
        <source>已将 %1 移出本工种</source>
        <translation>%1 removed from this trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="297"/>
        <source>已登记回避</source>
        <translation>Conflict declared</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="308"/>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="312"/>
        <source>撤销回避</source>
        <translation>Withdraw conflict</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="309"/>
        <source>撤销裁判 %1 对选手 %2 的回避？撤销原因记入审计日志。</source>
        <translation>Withdraw the conflict between judge %1 and contestant %2? The reason goes into the audit trail.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="324"/>
        <source>已撤销回避</source>
        <translation>Conflict withdrawn</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="48"/>
        <source>创建赛事</source>
        <translation>Event created</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="49"/>
        <source>修改规则</source>
        <translation>Rules changed</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="50"/>
        <source>锁定成绩</source>
        <translation>Lock results</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="51"/>
        <source>解锁成绩</source>
        <translation>Unlock results</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="52"/>
        <source>裁定并列</source>
        <translation>Decide a tie</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="53"/>
        <source>撤销并列裁定</source>
        <translation>Withdraw a tie decision</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="54"/>
        <source>录入分数</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="55"/>
        <source>录入成绩</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="56"/>
        <source>录入用时</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="57"/>
        <source>清除分数</source>
        <translation>Clear marks</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="58"/>
        <source>导入成绩表</source>
        <translation>Import scores</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="59"/>
        <source>导入选手</source>
        <translation>Contestants imported</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="60"/>
        <source>新增选手</source>
        <translation>Add contestant</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="61"/>
        <source>修改选手</source>
        <translation>Contestant edited</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="62"/>
        <source>选手状态</source>
        <translation>Contestant status</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="63"/>
        <source>删除选手</source>
        <translation>Delete contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="64"/>
        <source>导入裁判</source>
        <translation>Judges imported</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="65"/>
        <source>新增裁判</source>
        <translation>Add judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="66"/>
        <source>修改裁判</source>
        <translation>Judge edited</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="67"/>
        <source>删除裁判</source>
        <translation>Delete judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="68"/>
        <source>建立演示数据</source>
        <translation>Demo built</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="69"/>
        <source>赛务选项</source>
        <translation>Trade options</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="70"/>
        <source>抽签</source>
        <translation>Lot draw</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="71"/>
        <source>重新抽签</source>
        <translation>Lot redraw</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="72"/>
        <source>检录</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="73"/>
        <source>生成加密号</source>
        <translation>Codes generated</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="74"/>
        <source>重新生成加密号</source>
        <translation>Codes regenerated</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="75"/>
        <source>查看加密表</source>
        <translation>Code tables viewed</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="76"/>
        <source>解密</source>
        <translation>Decryption</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="77"/>
        <source>安排裁判</source>
        <translation>Judge assigned</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="78"/>
        <source>移出裁判</source>
        <translation>Judge removed</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="79"/>
        <source>登记回避</source>
        <translation>Conflict declared</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="80"/>
        <source>撤销回避</source>
        <translation>Conflict withdrawn</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="81"/>
        <source>复核录入</source>
        <translation>Verified-entry pass</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="82"/>
        <source>分数核对一致</source>
        <translation>Mark verified</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="83"/>
        <source>裁定不一致分数</source>
        <translation>Mismatch resolved</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="84"/>
        <source>申诉改分</source>
        <translation>Mark changed on appeal</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="85"/>
        <source>抽样复核更正</source>
        <translation>Re-check correction</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="86"/>
        <source>抽样复核更正成绩</source>
        <translation>Re-check correction (score)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="87"/>
        <source>抽取复核名单</source>
        <translation>Re-check list drawn</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="88"/>
        <source>重新抽取复核名单</source>
        <translation>Re-check list redrawn</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="89"/>
        <source>复核确认</source>
        <translation>Re-check confirmed</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="90"/>
        <source>扩大为全部复核</source>
        <translation>Re-check widened to everyone</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="91"/>
        <source>申诉改成绩</source>
        <translation>Score changed on appeal</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="92"/>
        <source>登记申诉</source>
        <translation>Appeal recorded</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="93"/>
        <source>裁定申诉</source>
        <translation>Appeal decided</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="94"/>
        <source>申诉改分结果</source>
        <translation>Appeal applied</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="95"/>
        <source>新增用户</source>
        <translation>User added</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="96"/>
        <source>修改角色</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="97"/>
        <source>停用或启用用户</source>
        <translation>User disabled or enabled</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="98"/>
        <source>修改密码</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="99"/>
        <source>颁发证书</source>
        <translation>Certificates issued</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="100"/>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="101"/>
        <source>审计链头重建</source>
        <translation>Audit head rebuilt</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="102"/>
        <source>审计链起点</source>
        <translation>Audit chain begun</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="103"/>
        <source>修改赛事</source>
        <translation>Event changed</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="104"/>
        <source>导出赛事归档</source>
        <translation>Event archived</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="105"/>
        <source>从归档导入赛事</source>
        <translation>Event imported from an archive</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="106"/>
        <source>新增工种</source>
        <translation>Trade added</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="107"/>
        <source>删除工种</source>
        <translation>Trade removed</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="108"/>
        <source>更新选手</source>
        <translation>Contestants updated</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="125"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="126"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="127"/>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="129"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="130"/>
        <source>对象</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="131"/>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="132"/>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="133"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="143"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="143"/>
        <source>未锁定</source>
        <translation>Unlocked</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="182"/>
        <source>审计日志</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="183"/>
        <source>每次修改都记录操作人、时间、原值与新值；记录首尾相连，任何改动都可被发现</source>
        <translation>Every change is recorded with who, when, the old and the new value; entries are chained, so any tampering shows</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="189"/>
        <source>校验审计链</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="192"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="198"/>
        <source>筛选：参赛证号、操作人、数值、原因……</source>
        <translation>Filter: entry no., user, value, reason…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="205"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="207"/>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="227"/>
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="228"/>
        <source>全部人员</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="251"/>
        <source>共 %1 条，显示 %2 条</source>
        <translation>%2 of %1 entries</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="263"/>
        <source>正在校验审计链……</source>
        <translation>Verifying the audit chain…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="288"/>
        <source>审计链完整：全部 %1 条记录均未被改动、插入或删除。链尾哈希 %2</source>
        <translation>The audit chain is intact: none of the %1 entries was altered, inserted or deleted. Last hash %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="294"/>
        <source>审计链校验不通过：%1。第一条有问题的记录是第 %2 条。请报告监督仲裁人员。</source>
        <translation>The audit chain check failed: %1. The first bad entry is number %2. Report this to the supervisors.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/audit_view.py" line="280"/>
        <source>审计链完整，但数据与审计日志不符（被直接改动）：%1。请报告监督仲裁人员。</source>
        <translation>The audit chain is intact, but the data does not match the audit trail (changed directly): %1. Report this to the supervision and arbitration team.</translation>
    </message>
</context>
<context>
    <name>AwardsBox</name>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="33"/>
        <source>奖项</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="39"/>
        <source>等级奖（一、二、三等奖等）</source>
        <translation>Prize tiers (1st, 2nd, 3rd…)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="40"/>
        <source>奖牌（世界技能大赛金银铜牌）</source>
        <translation>Medals (WorldSkills gold, silver, bronze)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="43"/>
        <source>四舍五入</source>
        <translation>Half up</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="44"/>
        <source>向下取整</source>
        <translation>Round down</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="45"/>
        <source>向上取整</source>
        <translation>Round up</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="49"/>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="52"/>
        <source>留空：不设</source>
        <translation>Empty: none</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="53"/>
        <source>方式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="55"/>
        <source>名额取整</source>
        <translation>Quota rounding</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="57"/>
        <source>获奖最低总分</source>
        <translation>Minimum total</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="59"/>
        <source>奖牌分差窗口</source>
        <translation>Medal tie window</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="61"/>
        <source>优胜奖标准分</source>
        <translation>Medallion at</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="64"/>
        <source>按原始总分换算的 700 分制</source>
        <translation>WorldSkills scale of raw totals</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="65"/>
        <source>按总成绩本身（已是标准分）</source>
        <translation>The total itself (already standardised)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="66"/>
        <source>导入的已是世赛标准分（500–800）时，选“按总成绩本身”</source>
        <translation>Choose “the total itself” when the imported totals already are WorldSkills points (500–800)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="67"/>
        <source>优胜奖比较</source>
        <translation>Medallion on</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="71"/>
        <source>奖项名称</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="74"/>
        <source>名额方式</source>
        <translation>Quota by</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="76"/>
        <source>固定人数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="77"/>
        <source>比例</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="78"/>
        <source>累计至比例</source>
        <translation>Up to share</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="83"/>
        <source>人数或比例</source>
        <translation>Count or share</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/awards_box.py" line="85"/>
        <source>固定人数填整数；比例填 0–1 之间的小数，如 0.1</source>
        <translation>A whole number for a count; a fraction between 0 and 1 for a share, e.g. 0.1</translation>
    </message>
</context>
<context>
    <name>BackupControl</name>
    <message>
        <location filename="../../competition_app/ui/backup/backup_control.py" line="130"/>
        <location filename="../../competition_app/ui/backup/backup_control.py" line="143"/>
        <source>正在备份……</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/backup_control.py" line="136"/>
        <source>正在自动备份……</source>
        <translation>Automatic backup…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/backup_control.py" line="149"/>
        <source>已备份（%1）：%2</source>
        <translation>Backed up (%1): %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/backup_control.py" line="155"/>
        <source>备份失败：%1</source>
        <translation>Backup failed: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/backup_control.py" line="191"/>
        <source>未能恢复：%1</source>
        <translation>Could not restore: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/backup_control.py" line="194"/>
        <source>已从备份恢复：%1</source>
        <translation>Restored from backup: %1</translation>
    </message>
</context>
<context>
    <name>ChangeMarksDialog</name>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="199"/>
        <source>据申诉 %1 修改分数</source>
        <translation>Change marks for appeal %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="206"/>
        <source>未录</source>
        <translation>not entered</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="208"/>
        <source>%1%2（现为 %3）</source>
        <translation>%1%2 (now %3)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="215"/>
        <source>新分数</source>
        <translation>New mark</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="217"/>
        <source>加入</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="225"/>
        <source>移除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="230"/>
        <source>选手 %1 %2。修改记入审计日志（原因：申诉 %3 的裁定），并显示名次与奖项的变化。</source>
        <translation>Contestant %1 %2. Changes go into the audit trail (reason: the decision on appeal %3), and the ranks and awards that move are shown.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="244"/>
        <source>修改分数</source>
        <translation>Change marks</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="260"/>
        <source>请选择评分项并填写新分数</source>
        <translation>Choose a criterion and type the new mark</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="264"/>
        <source> → %1</source>
        <translation> → %1</translation>
    </message>
</context>
<context>
    <name>CheckinView</name>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="140"/>
        <source>检录</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="141"/>
        <source>输入或扫描参赛证号后按回车；扫码枪输入数字并自动回车</source>
        <translation>Type or scan an entry number and press Enter; a barcode scanner types the digits and Enter</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="153"/>
        <source>参赛证号</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="156"/>
        <source>扫码或输入后回车</source>
        <translation>Scan or type, Enter</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="180"/>
        <source>未到选手</source>
        <translation>Not here yet</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="189"/>
        <source>记为缺考…</source>
        <translation>Mark absent…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="192"/>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="194"/>
        <source>场次</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="208"/>
        <source>迟到选手</source>
        <translation>Late arrivals</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="218"/>
        <source>等待扫码</source>
        <translation>Waiting for a scan</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="230"/>
        <source>当前用户无权检录</source>
        <translation>This user may not check contestants in</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="253"/>
        <source>全部场次</source>
        <translation>All sessions</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="255"/>
        <source>第 %1 场</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="284"/>
        <source>应到 %1 · 已到 %2 · 缺考 %3 · 未到 %4</source>
        <translation>Expected %1 · present %2 · absent %3 · not here yet %4</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="291"/>
        <source> · 迟到 %1</source>
        <translation> · late %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="293"/>
        <source>迟到选手（%1 人）</source>
        <translation>Late arrivals (%1)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="321"/>
        <source>第 %1 场 · %2 号工位</source>
        <translation>Session %1 · workstation %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="325"/>
        <source>尚未抽签</source>
        <translation>Lots not drawn yet</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="327"/>
        <source>检录号 %1</source>
        <translation>Check-in code %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="330"/>
        <source>已于 %1 检录过，无需重复检录</source>
        <translation>Already checked in at %1; nothing to do</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="332"/>
        <source>（迟到 %1 分钟）</source>
        <translation> (%1 min late)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="336"/>
        <source>迟到 %1 分钟：%2 开始，%3 检录 · %4</source>
        <translation>%1 min late: started %2, checked in %3 · %4</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="347"/>
        <source>检录成功 %1 · %2</source>
        <translation>Checked in %1 · %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="415"/>
        <source> 等 %1 人</source>
        <translation> and others (%1 in all)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="418"/>
        <source>记为缺考</source>
        <translation>Mark absent</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="420"/>
        <source>将 %1 记为缺考？缺考选手不参加排名和评奖；如其随后到场，扫码检录即可恢复。</source>
        <translation>Mark %1 absent? Absent contestants are not ranked and get no award; if they turn up later, scanning them restores them.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="441"/>
        <source>已将 %1 人记为缺考</source>
        <translation>%1 marked absent</translation>
    </message>
</context>
<context>
    <name>CodesView</name>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="60"/>
        <source>加密</source>
        <translation>Blind codes</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="62"/>
        <source>参赛证号 → 检录号（一次加密）→ 工件号（二次加密）；裁判只见工件号，锁定后方可解密</source>
        <translation>Entry number → check-in code (first layer) → work-piece code (second layer); judges see work-piece codes only; decryption after the lock</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="68"/>
        <source>生成加密号</source>
        <translation>Generate codes</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="71"/>
        <source>查看加密表</source>
        <translation>Show code tables</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="73"/>
        <source>导出加密表…</source>
        <translation>Export code tables…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="82"/>
        <source>解密</source>
        <translation>Decrypt</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="98"/>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="108"/>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="116"/>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="279"/>
        <source>检录号</source>
        <translation>Check-in code</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="109"/>
        <source>工件号（二次加密）</source>
        <translation>Work-piece code (second layer)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="115"/>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="279"/>
        <source>工件号</source>
        <translation>Work-piece code</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="40"/>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="117"/>
        <source>参赛证号</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="41"/>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="118"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="44"/>
        <source>检录号（一次加密）</source>
        <translation>Check-in code (first layer)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="75"/>
        <source>打印加密表…</source>
        <translation>Print code tables…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="77"/>
        <source>一次加密表和二次加密表各占一页起，打印后分别密封，由不同的加密裁判保管</source>
        <translation>Each layer starts on its own page: seal them separately, to be kept by different encryption judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="119"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="123"/>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="273"/>
        <source>一次加密表</source>
        <translation>First-layer table</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="124"/>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="278"/>
        <source>二次加密表</source>
        <translation>Second-layer table</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="125"/>
        <source>解密结果</source>
        <translation>Decryption</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="129"/>
        <source>加密表一经查看或导出即记入审计日志。请打印后分别密封保存，一次加密表与二次加密表由不同的加密裁判保管。</source>
        <translation>Viewing or exporting the code tables is recorded in the audit trail. Print and seal them separately; the first- and second-layer tables are kept by different encryption judges.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="157"/>
        <source>已为 %1 / %2 名选手生成加密号</source>
        <translation>Codes for %1 of %2 contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="160"/>
        <source>盲评已开启：裁判只见工件号</source>
        <translation>Blind marking on: judges see work-piece codes only</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="162"/>
        <source>盲评未开启（在“工种”页的“赛务选项”中开启）</source>
        <translation>Blind marking off (switch it on in Trade options on the Trades page)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="176"/>
        <source>没有加密号，无须解密</source>
        <translation>No blind codes: nothing to decrypt</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="180"/>
        <source>成绩已锁定，由加密裁判解密</source>
        <translation>Results locked: the encryption judge decrypts them</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="181"/>
        <source>成绩已锁定，可以解密</source>
        <translation>Results locked: decryption possible</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="178"/>
        <source>成绩未锁定，不能解密</source>
        <translation>Results not locked: no decryption yet</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="194"/>
        <source>已为 %1 名选手生成检录号和工件号</source>
        <translation>Check-in and work-piece codes made for %1 contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="196"/>
        <source>每位选手都已有加密号</source>
        <translation>Every contestant already has codes</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="225"/>
        <source>加密表指纹 %1（已记入审计日志）</source>
        <translation>Code table fingerprint %1 (recorded in the audit trail)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="235"/>
        <source>加密表</source>
        <translation>Code tables</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="241"/>
        <source>加密表已生成并记入审计日志。打印后请分别密封。</source>
        <translation>Code tables made and recorded in the audit trail. Seal each layer separately after printing.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="247"/>
        <source>正在生成加密表……</source>
        <translation>Making the code tables…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="261"/>
        <source>导出加密表</source>
        <translation>Export code tables</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="261"/>
        <source>%1加密表.xlsx</source>
        <translation>%1 code tables.xlsx</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="271"/>
        <source>一次加密</source>
        <translation>first layer</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="271"/>
        <source>二次加密</source>
        <translation>second layer</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="289"/>
        <source>已导出 %1 和 %2（指纹 %3）。请打印后分别密封。</source>
        <translation>Exported %1 and %2 (fingerprint %3). Print them and seal them separately.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="313"/>
        <source>已解密 %1 名选手（已记入审计日志）</source>
        <translation>%1 contestants decrypted (recorded in the audit trail)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/codes_view.py" line="317"/>
        <source>警告：加密号表与生成时记录的指纹不符，可能被改动过。请报告监督仲裁人员。</source>
        <translation>Warning: the code table does not match the fingerprint recorded when it was made; it may have been altered. Report this to the supervisors.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignment_dialogs.py" line="145"/>
        <source>登记回避</source>
        <translation>Declared</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignment_dialogs.py" line="156"/>
        <source>如：亲属、师徒、曾为其教练</source>
        <translation>e.g. relative, master and apprentice, former coach</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignment_dialogs.py" line="158"/>
        <source>裁判</source>
        <translation>Judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignment_dialogs.py" line="159"/>
        <source>选手</source>
        <translation>Contestant</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignment_dialogs.py" line="160"/>
        <source>原因 *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignment_dialogs.py" line="161"/>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignment_dialogs.py" line="175"/>
        <source>请选择裁判和选手</source>
        <translation>Choose a judge and a contestant</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="78"/>
        <source>裁判</source>
        <translation>Judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="79"/>
        <source>选手</source>
        <translation>Contestant</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="80"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="82"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="94"/>
        <source>同单位</source>
        <translation>Same unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/assignments_view.py" line="94"/>
        <source>登记回避</source>
        <translation>Declared</translation>
    </message>
</context>
<context>
    <name>ContestantDialog</name>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_dialog.py" line="43"/>
        <source>编辑选手</source>
        <translation>Edit contestant</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_dialog.py" line="43"/>
        <source>新增选手</source>
        <translation>Add contestant</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_dialog.py" line="50"/>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_dialog.py" line="51"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_dialog.py" line="52"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_dialog.py" line="62"/>
        <source>留空则与单位相同</source>
        <translation>Leave empty to use the unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_dialog.py" line="69"/>
        <source>参赛证号 *</source>
        <translation>Entry no. *</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_dialog.py" line="70"/>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_dialog.py" line="71"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_dialog.py" line="72"/>
        <source>工种 *</source>
        <translation>Trade *</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_dialog.py" line="73"/>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_dialog.py" line="74"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_dialog.py" line="75"/>
        <source>代表队</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_dialog.py" line="76"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_dialog.py" line="77"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_dialog.py" line="79"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_dialog.py" line="79"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_dialog.py" line="111"/>
        <source>参赛证号为空</source>
        <translation>Entry number is empty</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_dialog.py" line="112"/>
        <source>姓名为空</source>
        <translation>Name is empty</translation>
    </message>
</context>
<context>
    <name>ContestantTableModel</name>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_model.py" line="27"/>
        <source>参赛证号</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_model.py" line="28"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_model.py" line="29"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_model.py" line="30"/>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_model.py" line="31"/>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_model.py" line="32"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_model.py" line="33"/>
        <source>代表队</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_model.py" line="34"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_model.py" line="35"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_model.py" line="46"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestant_model.py" line="46"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>ContestantsView</name>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="57"/>
        <source>选手</source>
        <translation>Contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="57"/>
        <source>报名信息、组别、单位与参赛状态</source>
        <translation>Registrations, groups, units and status</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="64"/>
        <source>新增选手</source>
        <translation>Add contestant</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="64"/>
        <source>导入报名表…</source>
        <translation>Import registrations…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="60"/>
        <source>报名表模板…</source>
        <translation>Registration template…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="61"/>
        <source>保存一份空白报名表，填好后用“导入报名表”导入</source>
        <translation>Save a blank registration form; fill it in and import it with “Import registrations”</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="77"/>
        <source>搜索参赛证号、姓名、单位或身份证号</source>
        <translation>Search entry no., name, unit or ID number</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="79"/>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="166"/>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="80"/>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="167"/>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="81"/>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="168"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="82"/>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="170"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="116"/>
        <source>正在读取选手名单……</source>
        <translation>Reading the contestants…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="131"/>
        <source>全部工种</source>
        <translation>All trades</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="135"/>
        <source>全部组别</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="137"/>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="139"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="189"/>
        <source>已保存选手 %1 %2</source>
        <translation>Saved contestant %1 %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="200"/>
        <source> 等 %1 人</source>
        <translation> and others (%1 in all)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="207"/>
        <source>删除选手</source>
        <translation>Delete contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="208"/>
        <source>删除 %1？其已录入的分数也会一并删除。</source>
        <translation>Delete %1? Their marks are deleted too.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="217"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="221"/>
        <source>标记为：</source>
        <translation>Mark as: </translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="224"/>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="156"/>
        <source>导入报名表</source>
        <translation>Import registrations</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="157"/>
        <source>正在检查报名表 %1 ……</source>
        <translation>Checking registration file %1…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="158"/>
        <source>“%1”共 %2 行，全部通过检查。确认后导入。</source>
        <translation>All %2 rows of “%1” passed the checks. Confirm to import them.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="159"/>
        <source>“%1”中发现 %2 处问题，未导入任何数据。请改正后重新导入：</source>
        <translation>Found %2 problems in “%1”; nothing was imported. Correct the file and import it again:</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="162"/>
        <source>以下文字含有字库中没有的字，打印前请核对：</source>
        <translation>These texts have characters no bundled font can print; check them before printing:</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="163"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="164"/>
        <source>参赛证号</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="165"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="169"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="171"/>
        <source>导入 %1 名选手</source>
        <translation>Import %1 contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="172"/>
        <source>下载报名表模板…</source>
        <translation>Save the registration template…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="173"/>
        <source>无法保存模板：%1</source>
        <translation>Could not save the template: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="174"/>
        <source>已保存报名表模板到 %1。填好后点“导入报名表…”导入。</source>
        <translation>Template saved to %1. Fill it in, then use “Import registrations…”.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="177"/>
        <source>已从“%1”导入 %2 名选手</source>
        <translation>Imported %2 contestants from “%1”</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="178"/>
        <source>正在写入 %1 名选手……</source>
        <translation>Writing %1 contestants…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_import.py" line="179"/>
        <source>改为更新已有选手…</source>
        <translation>Update existing contestants instead…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="246"/>
        <source>导出选手名单</source>
        <translation>Export contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="246"/>
        <source>选手名单.xlsx</source>
        <translation>contestants.xlsx</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="246"/>
        <source>选手名单</source>
        <translation>Contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/contestants_view.py" line="252"/>
        <source>已导出 %1 名选手到 %2</source>
        <translation>Exported %1 contestants to %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_update.py" line="133"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_update.py" line="134"/>
        <source>代表队</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_update.py" line="135"/>
        <source>更新已有选手</source>
        <translation>Update existing contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_update.py" line="136"/>
        <source>“%1”：新增 %2 人，修改 %3 人，不变 %4 人。确认后在一次操作中写入（记入审计）。</source>
        <translation>“%1”: %2 new, %3 changed, %4 unchanged. Confirm to write them in one step (audited).</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_update.py" line="140"/>
        <source>“%1”中发现 %2 处问题，未写入任何数据。请改正后重新导入：</source>
        <translation>%2 problems found in “%1”; nothing was written. Correct the file and import it again:</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_update.py" line="143"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_update.py" line="144"/>
        <source>修改内容</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_update.py" line="145"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_update.py" line="146"/>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_update.py" line="147"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_update.py" line="148"/>
        <source>不变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_update.py" line="149"/>
        <source>写入（新增 %1 人、修改 %2 人）</source>
        <translation>Write (%1 new, %2 changed)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_update.py" line="150"/>
        <source>已按“%1”新增 %2 人、修改 %3 人</source>
        <translation>From “%1”: %2 added, %3 changed</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="137"/>
        <source>更正分数 · %1</source>
        <translation>Correct a mark · %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="142"/>
        <source>%1（直接录入的成绩）</source>
        <translation>%1 (score entered directly)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="149"/>
        <source>（该项只有一个分数）</source>
        <translation>(the criterion&apos;s one mark)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="156"/>
        <source>例如：核对原始评分表</source>
        <translation>e.g. checked against the paper score sheet</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="158"/>
        <source>评分项</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="159"/>
        <source>裁判</source>
        <translation>Judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="160"/>
        <source>录入分数</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="161"/>
        <source>更正为</source>
        <translation>Correct to</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="162"/>
        <source>依据</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="166"/>
        <source>保存更正</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="167"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="191"/>
        <source>（未录入）</source>
        <translation>(not entered)</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="142"/>
        <source>裁定申诉 %1</source>
        <translation>Decide appeal %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="145"/>
        <source>选手 %1 %2：%3</source>
        <translation>Contestant %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="151"/>
        <source>申诉成立（可据此修改分数）</source>
        <translation>Upheld (marks may be changed accordingly)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="152"/>
        <source>驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="157"/>
        <source>裁定理由，如：经复测，尺寸精度应为 18 分</source>
        <translation>Grounds, e.g. re-measured: dimensional accuracy is 18</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="166"/>
        <source>裁定理由 *</source>
        <translation>Grounds *</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="168"/>
        <source>裁定</source>
        <translation>Decide</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="172"/>
        <source>请选择“申诉成立”或“驳回”</source>
        <translation>Choose “Upheld” or “Rejected”</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="101"/>
        <source>单机</source>
        <translation>single user</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="102"/>
        <source>打开赛事时</source>
        <translation>on opening the event</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="103"/>
        <source>定时自动</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="104"/>
        <source>手动</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="105"/>
        <source>恢复前的安全副本</source>
        <translation>safety copy before a restore</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="106"/>
        <source>导入归档前</source>
        <translation>before importing an archive</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="107"/>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="108"/>
        <source>缺考</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="109"/>
        <source>取消资格</source>
        <translation>Disqualified</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="110"/>
        <source>不参与评奖</source>
        <translation>Out of competition</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="113"/>
        <source>成绩未录完</source>
        <translation>Marks missing</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="114"/>
        <source>并列待裁判长裁定</source>
        <translation>Tie for the chief judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="115"/>
        <source>评分差异超限</source>
        <translation>Panel spread</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="118"/>
        <source>并列跨奖项</source>
        <translation>Tie across awards</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="119"/>
        <source>裁判员</source>
        <translation>Judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="120"/>
        <source>裁判长</source>
        <translation>Chief judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="121"/>
        <source>记分员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="123"/>
        <source>测量</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="123"/>
        <source>评价</source>
        <translation>Judgement</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="126"/>
        <source>赛务管理员</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="127"/>
        <source>裁判员/记分员</source>
        <translation>Judge / clerk</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="128"/>
        <source>加密裁判</source>
        <translation>Encryption judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="129"/>
        <source>只读用户</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="133"/>
        <source>省市级大赛（理论30%+操作70%，一二三等奖10%/20%/30%）</source>
        <translation>Provincial or city contest (theory 30% + practical 70%; 1st/2nd/3rd prizes 10%/20%/30%)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="136"/>
        <source>电工类（理论40%+操作60%）</source>
        <translation>Electrician trades (theory 40% + practical 60%)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="137"/>
        <source>含技术答辩（理论25%+操作55%+答辩20%）</source>
        <translation>With a technical defence (theory 25% + practical 55% + defence 20%)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="138"/>
        <source>固定名额（一等奖1名、二等奖3名、三等奖5名、优秀奖10名）</source>
        <translation>Fixed numbers (1 first, 3 second, 5 third prizes, 10 excellence awards)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="141"/>
        <source>全国技能大赛（金银铜牌各1名，优胜奖至前50%）</source>
        <translation>National skills competition (one gold, silver and bronze each; excellence up to the top 50%)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="142"/>
        <source>世界技能大赛（0–3评价分，金银铜牌与优胜奖）</source>
        <translation>WorldSkills (0–3 judgement marks; gold, silver, bronze and excellence)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="146"/>
        <source>待裁定</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="147"/>
        <source>申诉成立</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="148"/>
        <source>驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="151"/>
        <source>未录入</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="152"/>
        <source>待另一遍</source>
        <translation>Waiting for the other pass</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="153"/>
        <source>一致</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="154"/>
        <source>不一致</source>
        <translation>Mismatch</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/translation.py" line="155"/>
        <source>裁判长已裁定</source>
        <translation>Settled by the chief judge</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../competition_app/ui/window/crash_reporting.py" line="134"/>
        <source>无法完成操作</source>
        <translation>Could not do that</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/crash_reporting.py" line="100"/>
        <location filename="../../competition_app/ui/window/crash_reporting.py" line="155"/>
        <source>程序错误</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/crash_reporting.py" line="102"/>
        <source>程序上次意外退出。已保存的数据不受影响。
原因已记录到：
%1</source>
        <translation>The program closed unexpectedly last time. Saved data is not affected.
The cause was logged to:
%1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/crash_reporting.py" line="123"/>
        <source>……共 %1 处问题</source>
        <translation>… %1 problems in all</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/crash_reporting.py" line="157"/>
        <source>程序出现了一个错误（%2）。已保存的数据不受影响。
错误已记录到：
%1</source>
        <translation>The program hit an error (%2). Saved data is not affected.
The error was written to:
%1</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../competition_app/ui/setup/event_dialog.py" line="35"/>
        <source>编辑赛事信息</source>
        <translation>Edit event details</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_dialog.py" line="40"/>
        <source>如 2022-07-20 或 2022-07-20 至 2022-07-22</source>
        <translation>e.g. 2022-07-20, or 2022-07-20 to 2022-07-22</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_dialog.py" line="44"/>
        <source>印在获奖证书上的发证单位</source>
        <translation>The issuer printed on award certificates</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_dialog.py" line="48"/>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_dialog.py" line="50"/>
        <source>赛事名称 *</source>
        <translation>Event name *</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_dialog.py" line="51"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_dialog.py" line="52"/>
        <source>主办单位</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_dialog.py" line="53"/>
        <source>地点</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_dialog.py" line="54"/>
        <source>发证单位</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_dialog.py" line="55"/>
        <source>公示期</source>
        <translation>Notice period</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_dialog.py" line="58"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_dialog.py" line="58"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="55"/>
        <source>赛事信息</source>
        <translation>Event details</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="56"/>
        <source>名称将印在成绩公示表和证书上。</source>
        <translation>The name is printed on result sheets and certificates.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="58"/>
        <source>例如：2024年江北区职业技能大赛</source>
        <translation>e.g. 2024 Jiangbei District Skills Competition</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="63"/>
        <source>例如：江北区人力资源和社会保障局</source>
        <translation>e.g. Jiangbei District Human Resources Bureau</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="66"/>
        <source>赛事名称 *</source>
        <translation>Event name *</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="67"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="68"/>
        <source>主办单位</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="69"/>
        <source>地点</source>
        <translation>Venue</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="98"/>
        <source>导出赛事定义…</source>
        <translation>Export event definition…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="100"/>
        <source>把赛事、工种规则和裁判写成 TOML 文件，可在另一台电脑导入</source>
        <translation>Write the event, its trade rules and judges to a TOML file that another computer can import</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="103"/>
        <source>编辑赛事信息…</source>
        <translation>Edit event…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="104"/>
        <source>名称、日期、主办单位、地点、发证单位、公示期</source>
        <translation>Name, dates, organizer, venue, issuer, notice period</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="113"/>
        <source>工种</source>
        <translation>Trades</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="114"/>
        <source>选手</source>
        <translation>Contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="115"/>
        <source>裁判</source>
        <translation>Judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="116"/>
        <source>评分录入</source>
        <translation>Score entry</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="137"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="138"/>
        <source>主办单位</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="139"/>
        <source>地点</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="140"/>
        <source>发证单位</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="141"/>
        <source>公示期</source>
        <translation>Notice period</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="142"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="155"/>
        <source>各工种进度</source>
        <translation>Progress by trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="177"/>
        <source>%1 个工作日</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="184"/>
        <source>规则预设：</source>
        <translation>Rule presets: </translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="185"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="200"/>
        <source>正在统计录入进度……</source>
        <translation>Counting entered marks…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="216"/>
        <source>赛事信息已保存。</source>
        <translation>Event details saved.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="228"/>
        <source>导出赛事定义</source>
        <translation>Export event definition</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="229"/>
        <source>赛事定义.toml</source>
        <translation>event.toml</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="230"/>
        <source>TOML 文件 (*.toml)</source>
        <translation>TOML files (*.toml)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="235"/>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <location filename="../../competition_app/ui/results/explanation_dialog.py" line="39"/>
        <source>成绩计算过程 · %1</source>
        <translation>How the result was worked out · %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/explanation_dialog.py" line="47"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/explanation_dialog.py" line="48"/>
        <source>复制全文</source>
        <translation>Copy all</translation>
    </message>
</context>
<context>
    <name>FirstRunBanner</name>
    <message>
        <location filename="../../competition_app/ui/window/user_banner.py" line="22"/>
        <source>单机模式：本数据库尚未设置用户，打开它的人可以修改所有数据。正式比赛前请创建赛务管理员账号，之后按角色登录使用。</source>
        <translation>Single-user mode: this database has no users, so anyone who opens it may change everything. Before the contest, create the organizer&apos;s account; everyone then logs in with their role.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/user_banner.py" line="27"/>
        <source>创建管理员账号…</source>
        <translation>Create organizer account…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/user_banner.py" line="34"/>
        <source>本次不再提示</source>
        <translation>Not again this time</translation>
    </message>
</context>
<context>
    <name>GridBar</name>
    <message>
        <location filename="../../competition_app/ui/scoring/grid_bar.py" line="21"/>
        <source>只看未录完</source>
        <translation>Only rows missing marks</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/grid_bar.py" line="22"/>
        <source>隐藏姓名（盲评）</source>
        <translation>Hide names (blind)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/grid_bar.py" line="24"/>
        <location filename="../../competition_app/ui/scoring/grid_bar.py" line="62"/>
        <source>定位参赛证号，回车</source>
        <translation>Go to entry no.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/grid_bar.py" line="32"/>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/grid_bar.py" line="34"/>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/grid_bar.py" line="48"/>
        <source>全部组别</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/grid_bar.py" line="62"/>
        <source>定位工件号，回车</source>
        <translation>Go to work-piece code, Enter</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/grid_bar.py" line="71"/>
        <source>已核对 %1 / %2</source>
        <translation>Verified %1 / %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/grid_bar.py" line="71"/>
        <source>已录入 %1 / %2</source>
        <translation>Entered %1 / %2</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../competition_app/ui/registration/import_preview_dialog.py" line="79"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/import_preview_dialog.py" line="80"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/import_preview_dialog.py" line="81"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/import_preview_dialog.py" line="82"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/import_preview_dialog.py" line="106"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/import_preview_dialog.py" line="106"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>JudgeAnalysisDialog</name>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_dialog.py" line="39"/>
        <source>评分分析 · %1</source>
        <translation>Judge analysis · %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_dialog.py" line="64"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_dialog.py" line="65"/>
        <source>打印分析表…</source>
        <translation>Print the analysis…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_dialog.py" line="66"/>
        <source>生成评分一致性分析表 PDF，由总裁判长签字</source>
        <translation>Make the judge-analysis sheet (PDF) for the chief judge to sign</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_dialog.py" line="75"/>
        <source>分析了 %1 个评分组（同一选手、同一评分项，两名以上裁判评分）。</source>
        <translation>%1 panels analysed (one contestant and criterion, marked by two or more judges). </translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_dialog.py" line="80"/>
        <source>评价分 %1 %2：%3/%4 组相差不超过 %5 分（%6）。</source>
        <translation>Judgement %1 %2: %3/%4 panels within %5 point (%6). </translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_dialog.py" line="90"/>
        <source>成绩尚未锁定或复核未完成，分数仍可能变动。</source>
        <translation>The results are not locked or verification is unfinished: marks may still change.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_dialog.py" line="95"/>
        <source>平均偏差：该裁判每个分数减去同一评分组全部分数的平均值，再求平均；&lt;span style=&apos;color:%1&apos;&gt;正值偏宽&lt;/span&gt;，&lt;span style=&apos;color:%2&apos;&gt;负值偏严&lt;/span&gt;。只有一个分数的评分组不计，回避不计。超限占比：所在评分组最高与最低分相差超过容差的比例。</source>
        <translation>Mean offset: each of the judge&apos;s marks minus the mean of all marks of the same panel, averaged; &lt;span style=&apos;color:%1&apos;&gt;above zero lenient&lt;/span&gt;, &lt;span style=&apos;color:%2&apos;&gt;below zero harsh&lt;/span&gt;. Panels with one mark are left out; a judge who stood aside adds no offset. Flagged share: the share of the judge&apos;s marks in panels whose highest and lowest differ by more than the tolerance.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_dialog.py" line="101"/>
        <source>本工种不去掉最高分和最低分。</source>
        <translation>This trade does not drop the highest and lowest marks.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_dialog.py" line="115"/>
        <source>评分一致性分析表</source>
        <translation>judge-analysis sheet</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_dialog.py" line="116"/>
        <source>已生成 %1</source>
        <translation>Written %1</translation>
    </message>
</context>
<context>
    <name>JudgeAnalysisModel</name>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_model.py" line="31"/>
        <source>裁判编号</source>
        <translation>Judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_model.py" line="32"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_model.py" line="33"/>
        <source>评分数</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_model.py" line="34"/>
        <source>参与分析的分数：两名以上裁判评分的评分组中的分数</source>
        <translation>Marks analysed: those in panels marked by two or more judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_model.py" line="35"/>
        <source>平均偏差</source>
        <translation>Mean offset</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_model.py" line="36"/>
        <source>每个分数减去同一选手同一评分项全部分数的平均值，再求平均；正值偏宽，负值偏严</source>
        <translation>Each mark minus the mean of all marks for the same contestant and criterion, averaged; above zero lenient, below zero harsh</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_model.py" line="38"/>
        <source>超限占比</source>
        <translation>Flagged share</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_model.py" line="39"/>
        <source>所在评分组最高与最低分相差超过容差的分数所占比例（0–1）</source>
        <translation>Share (0–1) of the marks in panels whose highest and lowest differ by more than the tolerance</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_model.py" line="40"/>
        <source>去最高</source>
        <translation>Trimmed high</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_model.py" line="41"/>
        <source>作为最高分被去掉的次数</source>
        <translation>Times the mark was dropped as the highest</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_model.py" line="42"/>
        <source>去最低</source>
        <translation>Trimmed low</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/judge_analysis_model.py" line="43"/>
        <source>作为最低分被去掉的次数</source>
        <translation>Times the mark was dropped as the lowest</translation>
    </message>
</context>
<context>
    <name>JudgeDialog</name>
    <message>
        <location filename="../../competition_app/ui/registration/judge_dialog.py" line="37"/>
        <source>编辑裁判</source>
        <translation>Edit judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judge_dialog.py" line="37"/>
        <source>新增裁判</source>
        <translation>Add judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judge_dialog.py" line="58"/>
        <source>编号 *</source>
        <translation>Code *</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judge_dialog.py" line="59"/>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judge_dialog.py" line="60"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judge_dialog.py" line="61"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judge_dialog.py" line="62"/>
        <source>执裁工种</source>
        <translation>Trades judged</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judge_dialog.py" line="64"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judge_dialog.py" line="64"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judge_dialog.py" line="89"/>
        <source>编号为空</source>
        <translation>Code is empty</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judge_dialog.py" line="90"/>
        <source>姓名为空</source>
        <translation>Name is empty</translation>
    </message>
</context>
<context>
    <name>JudgeTableModel</name>
    <message>
        <location filename="../../competition_app/ui/registration/judge_model.py" line="26"/>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judge_model.py" line="27"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judge_model.py" line="28"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judge_model.py" line="29"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judge_model.py" line="30"/>
        <source>执裁工种</source>
        <translation>Trades judged</translation>
    </message>
</context>
<context>
    <name>JudgesView</name>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="41"/>
        <source>裁判</source>
        <translation>Judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="41"/>
        <source>裁判员、裁判长与记分员，以及各自执裁的工种</source>
        <translation>Judges, chief judges and clerks, and the trades each one judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="43"/>
        <source>新增裁判</source>
        <translation>Add judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="43"/>
        <source>导入裁判名单…</source>
        <translation>Import judges…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="48"/>
        <source>搜索编号、姓名或单位</source>
        <translation>Search code, name or unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="49"/>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="49"/>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="127"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="61"/>
        <source>全部工种</source>
        <translation>All trades</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="62"/>
        <source>全部角色</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="81"/>
        <source>已保存裁判 %1 %2</source>
        <translation>Saved judge %1 %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="96"/>
        <source>删除裁判</source>
        <translation>Delete judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="97"/>
        <source>删除 %1？</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="106"/>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="142"/>
        <source>导入裁判名单</source>
        <translation>Import judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="107"/>
        <source>正在检查裁判名单……</source>
        <translation>Checking the judge list…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="116"/>
        <source>“%1”共 %2 名裁判，全部通过检查。</source>
        <translation>All %2 judges in “%1” passed the checks.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="120"/>
        <source>“%1”中发现 %2 处问题，未导入任何数据：</source>
        <translation>Found %2 problems in “%1”; nothing was imported:</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="123"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="124"/>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="125"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="126"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="128"/>
        <source>执裁工种</source>
        <translation>Trades judged</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="147"/>
        <source>导入 %1 名裁判</source>
        <translation>Import %1 judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="161"/>
        <source>已导入 %1 名裁判</source>
        <translation>Imported %1 judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="170"/>
        <source>导出裁判名单</source>
        <translation>Export judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="170"/>
        <source>裁判名单.xlsx</source>
        <translation>judges.xlsx</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="170"/>
        <source>裁判名单</source>
        <translation>Judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/judges_view.py" line="174"/>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>LateTableModel</name>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="94"/>
        <source>场次</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="95"/>
        <source>工位</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="96"/>
        <source>参赛证号</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="97"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="98"/>
        <source>开始时间</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="99"/>
        <source>检录时间</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="100"/>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="116"/>
        <source>%1 分钟</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../competition_app/ui/window/login_dialog.py" line="30"/>
        <location filename="../../competition_app/ui/window/login_dialog.py" line="42"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/login_dialog.py" line="32"/>
        <source>本数据库已设置用户，请登录：
%1</source>
        <translation>This database has users; please log in:
%1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/login_dialog.py" line="39"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/login_dialog.py" line="40"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/login_dialog.py" line="42"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LotTableModel</name>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="46"/>
        <source>场次</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="47"/>
        <source>工位</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="48"/>
        <source>签号</source>
        <translation>Lot no.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="49"/>
        <source>参赛证号</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="50"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="51"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="61"/>
        <source>第 %1 场</source>
        <translation>Session %1</translation>
    </message>
</context>
<context>
    <name>LotsView</name>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="87"/>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="98"/>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="212"/>
        <source>抽签</source>
        <translation>Draw lots</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="88"/>
        <source>按场次容量抽取场次、工位与签号；种子公开，任何人可据此复核抽签结果</source>
        <translation>Session, workstation and lot number drawn by session capacity; the seed is public, so anyone can check the draw</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="94"/>
        <source>复核抽签</source>
        <translation>Verify draw</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="96"/>
        <source>打印抽签结果…</source>
        <translation>Print lot results…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="108"/>
        <source>如 20,20,10 或 3x20；留空：按工种设置，未设置则一场</source>
        <translation>e.g. 20,20,10 or 3x20; empty: the trade’s setting, else one session</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="112"/>
        <source>每场的工位数，逗号分隔；“3x20”表示 3 场、每场 20 个工位。抽签所用的容量保存为本工种的赛务选项。</source>
        <translation>Stations per session, comma-separated; “3x20” means 3 sessions of 20 stations. The capacities drawn with are saved as the trade’s option.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="127"/>
        <source>留空则随机产生</source>
        <translation>blank: random</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="130"/>
        <source>现场公开抽签时，可用掷骰子等方式得到的数字作为种子</source>
        <translation>For a public draw, a number thrown with dice can be the seed</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="133"/>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="135"/>
        <source>场次容量</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="137"/>
        <source>种子</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="146"/>
        <source>抽签种子</source>
        <translation>Seed of the draw</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="176"/>
        <source>本工种 %1 名选手</source>
        <translation>%1 contestants in this trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="185"/>
        <source>尚未抽签。填写场次容量（可选种子）后点击“抽签”。</source>
        <translation>Not drawn yet. Fill in the sessions (and a seed if wished), then press “Draw lots”.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="191"/>
        <source>第 %1 次抽签 · %2 · %3
场次容量 %4，共 %5 人。凭种子可用“复核抽签”重现结果。</source>
        <translation>Draw no. %1 · %2 · %3
Sessions %4, %5 contestants. “Verify draw” redoes it from the seed.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="207"/>
        <source>本工种另有 %1 人未参加这次抽签（缺考、取消资格，或抽签后才登记）</source>
        <translation>Not in this draw: %1 contestants of this trade (absent, disqualified, or registered after it)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="212"/>
        <source>重新抽签…</source>
        <translation>Redraw…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="235"/>
        <source>重新抽签</source>
        <translation>Redraw lots</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="237"/>
        <source>“%1”已抽签（种子 %2）。重新抽签将作废现有结果，新旧种子都记入审计日志。继续？</source>
        <translation>“%1” has been drawn (seed %2). A redraw voids that result; both seeds go into the audit trail. Continue?</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="253"/>
        <source>“%1”抽签完成：%2 人，种子 %3。</source>
        <translation>“%1” drawn: %2 contestants, seed %3.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="275"/>
        <source>复核通过：用种子 %1 重新计算，结果与记录完全一致。</source>
        <translation>Verified: redone from seed %1, the result matches the record exactly.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="282"/>
        <source>……共 %1 处不符</source>
        <translation>… %1 differences in all</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="284"/>
        <source>复核不通过：用种子 %1 重新计算，与记录不符：</source>
        <translation>Verification failed: redone from seed %1, the record differs:</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="298"/>
        <source>%1抽签结果.pdf</source>
        <translation>%1 lot results.pdf</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="306"/>
        <source>抽签结果</source>
        <translation>Lot results</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/lots_view.py" line="307"/>
        <source>已生成 %1</source>
        <translation>Written %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="36"/>
        <source>赛事</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="37"/>
        <source>工种</source>
        <translation>Trades</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="38"/>
        <source>选手</source>
        <translation>Contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="39"/>
        <source>裁判</source>
        <translation>Judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="40"/>
        <source>裁判分工</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="41"/>
        <source>抽签</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="42"/>
        <source>检录</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="43"/>
        <source>加密</source>
        <translation>Blind codes</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="44"/>
        <source>评分</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="45"/>
        <source>成绩</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="46"/>
        <source>申诉</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="47"/>
        <source>团体</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="48"/>
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="49"/>
        <source>审计</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="50"/>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="56"/>
        <source>赛前准备</source>
        <translation>BEFORE</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="57"/>
        <source>比赛当天</source>
        <translation>CONTEST DAY</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="58"/>
        <source>成绩发布</source>
        <translation>RESULTS</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="59"/>
        <source>管理</source>
        <translation>ADMIN</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/navigation.py" line="167"/>
        <source>赛务系统</source>
        <translation>Skills Competition Manager</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/window_menus.py" line="131"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/window_menus.py" line="132"/>
        <source>新建赛事…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/window_menus.py" line="133"/>
        <source>打开数据库…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/window_menus.py" line="134"/>
        <source>打开演示赛事</source>
        <translation>Open demo event</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/window_menus.py" line="135"/>
        <source>最近打开</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/window_menus.py" line="136"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/window_menus.py" line="137"/>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/window_menus.py" line="138"/>
        <source>关闭赛事，回到首页</source>
        <translation>Close event</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/window_menus.py" line="139"/>
        <source>切换用户 / 注销…</source>
        <translation>Switch user / Log out…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/window_menus.py" line="140"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/window_menus.py" line="141"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/window_menus.py" line="142"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/window_menus.py" line="143"/>
        <source>大屏显示…</source>
        <translation>Projector scoreboard…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/window_menus.py" line="144"/>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/window_menus.py" line="145"/>
        <source>选项（语言、字体、数据与备份）…</source>
        <translation>Options (language, font, data and backups)…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/window_menus.py" line="146"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/window_menus.py" line="147"/>
        <source>使用手册</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/window_menus.py" line="148"/>
        <source>打开日志文件夹</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/window_menus.py" line="149"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/main_window.py" line="153"/>
        <source>（暂无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/main_window.py" line="185"/>
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/main_window.py" line="185"/>
        <source>“工种”页有未保存的规则修改，放弃这些修改？</source>
        <translation>The Trades page has unsaved rule changes. Discard them?</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/main_window.py" line="220"/>
        <source>正在打开 %1……</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/main_window.py" line="261"/>
        <source>打开赛事数据库</source>
        <translation>Open event database</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/main_window.py" line="267"/>
        <source>文件不存在：%1</source>
        <translation>File not found: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/main_window.py" line="358"/>
        <source>职业技能大赛赛务系统</source>
        <translation>Skills Competition Manager</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/main_window.py" line="367"/>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/main_window.py" line="369"/>
        <source>用户：%1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/main_window.py" line="374"/>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/main_window.py" line="422"/>
        <source>已创建赛务管理员“%1”并登录；下次打开本数据库需要登录。</source>
        <translation>Organizer “%1” created and logged in; opening this database now asks for a log-in.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/main_window.py" line="442"/>
        <source>“%1”已注销。</source>
        <translation>“%1” logged out.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/main_window.py" line="450"/>
        <source>已切换为“%1”。</source>
        <translation>Now logged in as “%1”.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/opening.py" line="80"/>
        <source>正在准备演示赛事……</source>
        <translation>Preparing the demo event…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/main_window.py" line="484"/>
        <source>只有 SQLite 数据库文件可以由本程序备份</source>
        <translation>Only SQLite database files can be backed up by the app</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../competition_app/ui/window/manual_dialog.py" line="33"/>
        <source>使用手册</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/manual_dialog.py" line="41"/>
        <source>在浏览器中打开</source>
        <translation>Open in browser</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../competition_app/ui/common/message_bar.py" line="32"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MismatchDialog</name>
    <message>
        <location filename="../../competition_app/ui/scoring/mismatch_dialog.py" line="73"/>
        <source>复核不一致 · %1</source>
        <translation>Mismatches · %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/mismatch_dialog.py" line="84"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/mismatch_dialog.py" line="92"/>
        <source>依据，如：核对原始评分表</source>
        <translation>Grounds, e.g. checked the paper score sheet</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/mismatch_dialog.py" line="95"/>
        <source>有效分数：</source>
        <translation>Mark that counts:</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/mismatch_dialog.py" line="102"/>
        <source>依据 *</source>
        <translation>Grounds *</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/mismatch_dialog.py" line="106"/>
        <source>裁定所选</source>
        <translation>Settle selected</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/mismatch_dialog.py" line="111"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/mismatch_dialog.py" line="121"/>
        <source>只有裁判长可以裁定不一致的分数。</source>
        <translation>Only the chief judge may settle mismatches.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/mismatch_dialog.py" line="145"/>
        <source>不一致 %1 处 · 已核对 %2 / %3</source>
        <translation>%1 mismatches · %2 / %3 verified</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/mismatch_dialog.py" line="163"/>
        <source>第1遍 %1</source>
        <translation>Pass 1: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/mismatch_dialog.py" line="164"/>
        <source>第2遍 %1</source>
        <translation>Pass 2: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/mismatch_dialog.py" line="179"/>
        <source>请选择有效分数</source>
        <translation>Choose the mark that counts</translation>
    </message>
</context>
<context>
    <name>MismatchTableModel</name>
    <message>
        <location filename="../../competition_app/ui/scoring/mismatch_dialog.py" line="49"/>
        <source>选手/工件</source>
        <translation>Contestant / piece</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/mismatch_dialog.py" line="50"/>
        <source>评分项</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/mismatch_dialog.py" line="51"/>
        <source>裁判</source>
        <translation>Judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/mismatch_dialog.py" line="52"/>
        <source>第1遍</source>
        <translation>Pass 1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/mismatch_dialog.py" line="53"/>
        <location filename="../../competition_app/ui/scoring/mismatch_dialog.py" line="55"/>
        <source>录入人</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/mismatch_dialog.py" line="54"/>
        <source>第2遍</source>
        <translation>Pass 2</translation>
    </message>
</context>
<context>
    <name>MissingTableModel</name>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="57"/>
        <source>场次</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="58"/>
        <source>工位</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="59"/>
        <source>参赛证号</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="60"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/contest_day/checkin_view.py" line="61"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>NewEventWizard</name>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="187"/>
        <source>新建赛事</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="195"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="196"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="197"/>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="198"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="205"/>
        <source>赛事：%1</source>
        <translation>Event: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="206"/>
        <source>日期：%1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="209"/>
        <source>主办单位：%1</source>
        <translation>Organizer: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="213"/>
        <source>工种：</source>
        <translation>Trades:</translation>
    </message>
</context>
<context>
    <name>OffsetChart</name>
    <message>
        <location filename="../../competition_app/ui/results/offset_chart.py" line="71"/>
        <source>偏宽 →</source>
        <translation>lenient →</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/offset_chart.py" line="74"/>
        <source>← 偏严</source>
        <translation>← harsh</translation>
    </message>
</context>
<context>
    <name>PassGridModel</name>
    <message>
        <location filename="../../competition_app/ui/scoring/pass_grid_model.py" line="153"/>
        <source>已录</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/pass_grid_model.py" line="166"/>
        <source>本遍已录入，待第 %1 遍</source>
        <translation>This pass is in; waiting for pass %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/pass_grid_model.py" line="168"/>
        <source>第 %1 遍已录入，待本遍录入</source>
        <translation>Pass %1 is in; this pass is still to be entered</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/pass_grid_model.py" line="186"/>
        <source>两遍录入不一致，待裁判长在“不一致列表”中裁定，此格不再录入。</source>
        <translation>The two passes differ: the chief judge settles this under “Mismatches”; nothing more is typed here.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/pass_grid_model.py" line="187"/>
        <source>两遍录入已一致（或已裁定），此格不再录入；如需更正，请裁判长处理。</source>
        <translation>Both passes agree (or the mark was settled): nothing more is typed here; the chief judge corrects it.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/pass_grid_model.py" line="218"/>
        <source>复核录入不能清除分数；如需更正，请裁判长处理</source>
        <translation>Verified entry cannot clear a mark; the chief judge corrects it</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/pass_grid_model.py" line="220"/>
        <source>请先在上方“录入员”处填写您的姓名：复核的两遍须由两人分别录入</source>
        <translation>Type your name under “Clerk” above first: the two passes must be entered by two people</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_output.py" line="79"/>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_output.py" line="80"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_output.py" line="81"/>
        <source>正在生成“%1”……</source>
        <translation>Making “%1”…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_preview.py" line="317"/>
        <source>预览：%1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_preview.py" line="318"/>
        <source>共 %1 页</source>
        <translation>of %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_preview.py" line="319"/>
        <source>上一页</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_preview.py" line="320"/>
        <source>下一页</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_preview.py" line="321"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_preview.py" line="322"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_preview.py" line="323"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_preview.py" line="324"/>
        <source>第</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_preview.py" line="325"/>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_preview.py" line="326"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_preview.py" line="327"/>
        <source>正在打印第 %1 页</source>
        <translation>Printing page %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_preview.py" line="328"/>
        <source>正在打印……</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_preview.py" line="329"/>
        <source>，已送打印机 %1 页</source>
        <translation>, %1 sent to the printer</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_preview.py" line="330"/>
        <source>打印失败：%1</source>
        <translation>Printing failed: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_preview.py" line="331"/>
        <source>保存失败：%1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_preview.py" line="332"/>
        <source>正在颁发并保存证书……</source>
        <translation>Issuing and saving the certificates…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_preview.py" line="333"/>
        <source>预览不颁发证书：保存或打印时才登记证书编号并写入审计记录。</source>
        <translation>A preview issues no certificate: serials are registered and written to the audit trail only when you save or print.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/pdf_preview.py" line="336"/>
        <source>证书已颁发，编号已登记。</source>
        <translation>The certificates are issued and their serials registered.</translation>
    </message>
</context>
<context>
    <name>PrintingView</name>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="65"/>
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="66"/>
        <source>成绩公示表、获奖证书、检录表与空白评分表（PDF，字体已嵌入）</source>
        <translation>Result sheets, certificates, check-in lists and blank score forms (PDF, fonts embedded)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="80"/>
        <source>生成后打开</source>
        <translation>Open when done</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="82"/>
        <source>证书打印草稿样张</source>
        <translation>Draft certificates</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="84"/>
        <source>成绩未锁定时只能打印带“草稿”水印、不编号的样张</source>
        <translation>Before the results are locked, only watermarked drafts without serial numbers can be printed</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="86"/>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="88"/>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="113"/>
        <source>成绩公示表</source>
        <translation>Result sheet</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="114"/>
        <source>名次、成绩、奖项，身份证号打码；签字栏与公示期</source>
        <translation>Ranks, scores and awards with masked ID numbers; signature lines and notice period</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="119"/>
        <source>内部成绩审核表</source>
        <translation>Internal result sheet</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="120"/>
        <source>供裁判长审核：含评分差异超限、并列待裁定等标记，不得公示</source>
        <translation>For the chief judge: with flags such as panel spread and ties to decide; never to be posted</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="125"/>
        <source>获奖证书</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="126"/>
        <source>获奖与获得称号的选手，每张带校验码；未选工种时打印全部</source>
        <translation>Every award and title, each with a verification code; all trades when none is chosen</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="129"/>
        <source>检录表</source>
        <translation>Check-in list</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="129"/>
        <source>按场次与工位，供检录签到</source>
        <translation>By session and workstation, for signing in</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="130"/>
        <source>抽签结果</source>
        <translation>Lot results</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="130"/>
        <source>场次、工位与顺序</source>
        <translation>Sessions, workstations and order</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="133"/>
        <source>空白评分表</source>
        <translation>Blank score forms</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="134"/>
        <source>按工件编号，不含姓名，供裁判填写</source>
        <translation>By work-piece code, without names, for the judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="137"/>
        <source>桌签</source>
        <translation>Desk cards</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="137"/>
        <source>工位桌签</source>
        <translation>Workstation desk cards</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="140"/>
        <source>抽样复核名单</source>
        <translation>Re-check list</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="141"/>
        <source>抽中的每份评分表的全部分数（含直接录入的成绩）、核对栏与签字栏</source>
        <translation>Every mark and directly entered score of each drawn sheet, with boxes to tick and signatures</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="146"/>
        <source>团体总分</source>
        <translation>Team standings</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="147"/>
        <source>各代表队总分与名次；未选工种时为全部工种</source>
        <translation>Team totals and ranks; all trades when none is chosen</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="170"/>
        <source>生成 PDF…</source>
        <translation>Make PDF…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="173"/>
        <source>预览与打印…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="196"/>
        <source>获奖证书的版式</source>
        <translation>The layout of the award certificates</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="197"/>
        <source>套打（预印证书纸）</source>
        <translation>Pre-printed stock</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="198"/>
        <source>只打印各字段，印在已印好底纹的证书纸上</source>
        <translation>Print only the fields, onto certificate paper printed beforehand</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="199"/>
        <source>整体右移（毫米，可为负）</source>
        <translation>Move everything right (mm, may be negative)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="200"/>
        <source>整体下移（毫米，可为负）</source>
        <translation>Move everything down (mm, may be negative)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="204"/>
        <source>全部奖项；或如 一等奖、技术能手</source>
        <translation>All awards; or e.g. 一等奖、技术能手</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="205"/>
        <source>只打印这些奖项或称号的证书</source>
        <translation>Print certificates for these awards or titles only</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="206"/>
        <source>公示表加身份证号（打码）</source>
        <translation>ID numbers on the sheet (masked)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="207"/>
        <source>证书版式</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="214"/>
        <source>奖项</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="236"/>
        <source>（全部工种）</source>
        <translation>(all trades)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="247"/>
        <source>全部组别</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="262"/>
        <source>请先选择工种。</source>
        <translation>Choose a trade first.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="264"/>
        <source>工种“%1”尚未抽取复核样本：请先在 成绩 → 抽样复核… 中抽取。</source>
        <translation>No re-check sample has been drawn for trade “%1”: draw it first under Results → Re-check…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="302"/>
        <source>正在检查各工种成绩是否已锁定……</source>
        <translation>Checking whether the trades&apos; results are locked…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="312"/>
        <source>%1：%2。成绩公示表与审核表将印“草稿 / 未锁定”水印，证书只能打印草稿样张。</source>
        <translation>%1: %2. Result sheets will carry a DRAFT / NOT LOCKED watermark; certificates can only be printed as drafts.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="320"/>
        <source>以下文字含有字库中没有的字，打印将被拒绝（核对后可在命令行加 --allow-missing-glyphs）：</source>
        <translation>These texts have characters no bundled font can print; printing will be refused (once checked, the command line&apos;s --allow-missing-glyphs prints them anyway):</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="325"/>
        <source>等 %1 处</source>
        <translation>… %1 in all</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="330"/>
        <source>等 %1 张</source>
        <translation> and more (%1 in all)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="332"/>
        <source>成绩已变更，以下证书已作废，需重新打印：%1</source>
        <translation>Results have changed; these certificates are void and must be reprinted: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="402"/>
        <source>当前用户无权打印获奖证书：证书编号由赛务管理员发放，请由赛务管理员登录后打印。</source>
        <translation>This user may not print award certificates: their serial numbers are issued by the organizer. Ask the organizer to log in and print them.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="465"/>
        <source>正在生成“%1”……</source>
        <translation>Making “%1”…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/printing/printing_view.py" line="472"/>
        <source>已生成 %1</source>
        <translation>Written %1</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="42"/>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="43"/>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="44"/>
        <source>选手</source>
        <translation>Contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="45"/>
        <source>已录入 / 应录入</source>
        <translation>Entered / expected</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="46"/>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="47"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="48"/>
        <source>锁定人</source>
        <translation>Locked by</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="58"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="60"/>
        <source>已录完，待锁定</source>
        <translation>Complete, not locked</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/event_view.py" line="62"/>
        <source>录入中</source>
        <translation>Entering</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../competition_app/ui/common/prompts.py" line="89"/>
        <source>表格文件 (*.xlsx *.xls *.csv);;Excel 工作簿 (*.xlsx *.xls);;CSV 文件 (*.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv);;Excel workbooks (*.xlsx *.xls);;CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/common/prompts.py" line="92"/>
        <source>赛事数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)</source>
        <translation>Event databases (*.db *.sqlite *.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/common/prompts.py" line="93"/>
        <source>CSV 文件，GBK 编码（旧版 Excel）(*.csv)</source>
        <translation>CSV file, GBK (older Excel) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/common/prompts.py" line="94"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/common/prompts.py" line="95"/>
        <source>裁判长确认</source>
        <translation>Chief judge&apos;s approval</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/common/prompts.py" line="96"/>
        <source>裁判长用户名：</source>
        <translation>Chief judge&apos;s user name:</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/common/prompts.py" line="97"/>
        <source>“%1”的密码：</source>
        <translation>Password of “%1”:</translation>
    </message>
</context>
<context>
    <name>RankChangeModel</name>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="85"/>
        <source>参赛证号</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="86"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="87"/>
        <source>原总分</source>
        <translation>Old total</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="88"/>
        <source>新总分</source>
        <translation>New total</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="89"/>
        <source>原名次</source>
        <translation>Old rank</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="90"/>
        <source>新名次</source>
        <translation>New rank</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="91"/>
        <source>原奖项</source>
        <translation>Old award</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeals_view.py" line="92"/>
        <source>新奖项</source>
        <translation>New award</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../competition_app/ui/common/reason_dialog.py" line="37"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/common/reason_dialog.py" line="41"/>
        <source>原因 *</source>
        <translation>Reason *</translation>
    </message>
</context>
<context>
    <name>RecheckBox</name>
    <message>
        <location filename="../../competition_app/ui/setup/recheck_box.py" line="23"/>
        <source>抽样复核</source>
        <translation>Re-check sampling</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/recheck_box.py" line="24"/>
        <source>锁定成绩前须完成抽样复核</source>
        <translation>The re-check must be complete before the lock</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/recheck_box.py" line="27"/>
        <source> 名（各组）全部复核</source>
        <translation> per group, re-checked in full</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/recheck_box.py" line="29"/>
        <source>其余选手中随机抽查的比例，如 0.15（向上取整）</source>
        <translation>Share of the rest drawn at random, e.g. 0.15 (rounded up)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/recheck_box.py" line="31"/>
        <source>抽查差错率超过此比例（如 0.05）时全部复核</source>
        <translation>Everyone is re-checked when the sample&apos;s error rate passes this (e.g. 0.05)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/recheck_box.py" line="34"/>
        <source>前</source>
        <translation>Top</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/recheck_box.py" line="35"/>
        <source>抽查比例</source>
        <translation>Sample share</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/recheck_box.py" line="36"/>
        <source>差错率上限</source>
        <translation>Error-rate threshold</translation>
    </message>
</context>
<context>
    <name>RecheckDialog</name>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="202"/>
        <source>抽样复核 · %1</source>
        <translation>Re-check · %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="213"/>
        <source>种子（留空则随机生成）</source>
        <translation>Seed (blank: a random one)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="215"/>
        <source>抽取复核名单</source>
        <translation>Draw the re-check list</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="227"/>
        <source>确认无误</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="229"/>
        <source>更正分数…</source>
        <translation>Correct a mark…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="231"/>
        <source>打印复核名单…</source>
        <translation>Print the re-check list…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="265"/>
        <source>各组前 %1 名全部复核，其余随机抽取不少于 %2 %，抽查差错率超过 %3 % 时全部复核。%4</source>
        <translation>The top %1 of each group are re-checked in full, a random sample of at least %2 % of the rest, and everyone when the sample&apos;s error rate passes %3 %. %4</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="270"/>
        <source>锁定成绩前须复核完毕。</source>
        <translation>The re-check must be complete before the results are locked.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="274"/>
        <source>种子 %1（第 %2 次抽取，%3）</source>
        <translation>Seed %1 (draw %2, by %3)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="280"/>
        <source>尚未抽取复核名单</source>
        <translation>No re-check list drawn yet</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="295"/>
        <source>选中一份评分表，这里列出它录入的全部分数。</source>
        <translation>Select a score sheet to see every mark and score stored on it.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="309"/>
        <source>%1 的分数：%2</source>
        <translation>Stored on %1: %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="324"/>
        <source>种子应为非负整数</source>
        <translation>The seed must be a whole number, 0 or more</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="332"/>
        <source>已抽取复核名单，种子 %1 已记入审计日志。</source>
        <translation>Re-check list drawn; seed %1 written to the audit trail.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="337"/>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="345"/>
        <source>请先在表中选中一份评分表</source>
        <translation>Select a score sheet in the table first</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="366"/>
        <source>更正的分数不能为空</source>
        <translation>The corrected mark cannot be empty</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="395"/>
        <source>打印复核名单</source>
        <translation>Print the re-check list</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="404"/>
        <source>已保存到 %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>RecheckModel</name>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="67"/>
        <source>工件号</source>
        <translation>Work-piece code</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="67"/>
        <source>参赛证号</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="68"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="69"/>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="70"/>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="71"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="72"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="73"/>
        <source>复核人</source>
        <translation>Checker</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="74"/>
        <source>更正</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="92"/>
        <source>前列全检</source>
        <translation>Top, in full</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="93"/>
        <source>随机抽查</source>
        <translation>Random sample</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="94"/>
        <source>扩大全检</source>
        <translation>Full re-check</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="96"/>
        <source>待复核</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="96"/>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="97"/>
        <source>已更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/recheck_dialog.py" line="100"/>
        <source>（分数已变，须重新复核）</source>
        <translation> (marks changed since: check again)</translation>
    </message>
</context>
<context>
    <name>RecordAppealDialog</name>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="80"/>
        <source>登记申诉 · %1</source>
        <translation>Record appeal · %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="91"/>
        <source>申诉事由，如：第 3 项“尺寸精度”测量有误</source>
        <translation>Grounds, e.g. item 3 “dimensional accuracy” was measured wrongly</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="94"/>
        <source>申诉截止：%1</source>
        <translation>Appeal deadline: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="96"/>
        <source>本工种未设置结束时间，无法判断申诉时限</source>
        <translation>This trade has no end time, so the appeal window is unknown</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="101"/>
        <source>申诉选手</source>
        <translation>Contestant</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="102"/>
        <source>收到时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="104"/>
        <source>事由 *</source>
        <translation>Grounds *</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="107"/>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="118"/>
        <source>请选择申诉选手</source>
        <translation>Choose the contestant</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <location filename="../../competition_app/ui/registration/registration_template.py" line="27"/>
        <source>保存报名表模板</source>
        <translation>Save registration template</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/registration/registration_template.py" line="29"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="57"/>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="59"/>
        <source>数据库备份 (*.db *.sqlite);;所有文件 (*)</source>
        <translation>Database backups (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="90"/>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="100"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="101"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="102"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="120"/>
        <source>其他备份文件…</source>
        <translation>Other backup file…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="123"/>
        <source>备份文件夹中还没有备份。</source>
        <translation>There are no backups in the backup folder yet.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="126"/>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="182"/>
        <source>选择一个备份查看其中的内容。</source>
        <translation>Select a backup to see what it holds.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="137"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="139"/>
        <source>恢复此备份</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="170"/>
        <source>其他文件</source>
        <translation>Other file</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="187"/>
        <source>无法读取此备份：{0}</source>
        <translation>Cannot read this backup: {0}</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="190"/>
        <source>此备份已损坏，不能恢复（{0}）</source>
        <translation>This backup is damaged and cannot be restored ({0})</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="207"/>
        <source>赛事</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="207"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="207"/>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="207"/>
        <source>选手</source>
        <translation>Contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="207"/>
        <source>分数</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="214"/>
        <source>共 {0} 个赛事、{1} 个工种、{2} 名选手、{3} 名裁判、{4} 个分数</source>
        <translation>{0} events, {1} trades, {2} contestants, {3} judges, {4} marks</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="230"/>
        <source>当前数据库：{0} 个赛事、{1} 名选手、{2} 个分数，最后修改于 {3}。恢复前会自动另存一份。</source>
        <translation>Current database: {0} events, {1} contestants, {2} marks, last changed {3}. A copy is kept before restoring.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="242"/>
        <source>用备份“{0}”（最后修改于 {1}）替换当前数据库？
此后录入的分数将被撤销；当前数据会先另存为安全副本，可以再恢复回来。</source>
        <translation>Replace the current database with the backup “{0}” (last changed {1})?
Marks entered since then are undone; the current data is first saved as a safety copy that can be restored.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/backup/restore_dialog.py" line="245"/>
        <source>确认恢复</source>
        <translation>Confirm restore</translation>
    </message>
</context>
<context>
    <name>ResultTableModel</name>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="58"/>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="60"/>
        <source>工件号</source>
        <translation>Work-piece code</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="62"/>
        <source>参赛证号</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="63"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="65"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="67"/>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="75"/>
        <source>%1（权重 %2）</source>
        <translation>%1 (weight %2)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="80"/>
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="83"/>
        <source>用时</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="83"/>
        <source>完成用时（分钟）</source>
        <translation>Completion time (minutes)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="89"/>
        <source>标准分</source>
        <translation>WS scale</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="92"/>
        <source>世界技能大赛标准分（中位数为 700）</source>
        <translation>WorldSkills scale (median at 700)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="95"/>
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="97"/>
        <source>称号</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="99"/>
        <source>晋升</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="100"/>
        <source>标记 / 备注</source>
        <translation>Flags / notes</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="122"/>
        <source>%1（并列）</source>
        <translation>%1 (tie)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="177"/>
        <source>评分差异超限的评分项：%1</source>
        <translation>Criteria with panel spread over tolerance: %1</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="69"/>
        <source>成绩与奖项</source>
        <translation>Results and awards</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="70"/>
        <source>按工种与组别排名；名次、奖项与称号由评分规则计算</source>
        <translation>Ranked by trade and group; ranks, awards and titles follow the trade&apos;s rules</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="78"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="80"/>
        <source>导出成绩…</source>
        <translation>Export results…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="82"/>
        <location filename="../../competition_app/ui/results/results_view.py" line="340"/>
        <location filename="../../competition_app/ui/results/results_view.py" line="385"/>
        <source>锁定成绩</source>
        <translation>Lock results</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="85"/>
        <source>计算过程…</source>
        <translation>How it adds up…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="87"/>
        <source>逐项说明所选选手的得分、总成绩、名次与奖项是怎样得出的（也可双击该行）</source>
        <translation>Show, step by step, how the selected contestant&apos;s marks, total, place and award were worked out (or double-click the row)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="91"/>
        <source>裁定并列…</source>
        <translation>Decide tie…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="93"/>
        <location filename="../../competition_app/ui/results/results_view.py" line="352"/>
        <source>为所选选手所在的并列记录裁判长裁定的名次先后（或撤销裁定）</source>
        <translation>Record the chief judge&apos;s order for the tie the selected contestant is in (or withdraw it)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="97"/>
        <source>评分分析…</source>
        <translation>Judge analysis…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="98"/>
        <source>各裁判的宽严、评分差异超限与被去掉的分数</source>
        <translation>Each judge&apos;s leniency, flagged spreads and trimmed marks</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="102"/>
        <source>抽样复核…</source>
        <translation>Re-check…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="104"/>
        <source>前列全检加随机抽查：抽取复核名单，逐份确认或更正，查看差错率</source>
        <translation>Top in full plus a random sample: draw the re-check list, confirm or correct each sheet, follow the error rate</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="127"/>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="129"/>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="152"/>
        <source>成绩表</source>
        <translation>Results table</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="154"/>
        <source>分数分布</source>
        <translation>Score distribution</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="159"/>
        <source>图例：</source>
        <translation>Legend:</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="162"/>
        <source>一等奖 / 金牌</source>
        <translation>1st prize / gold</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="163"/>
        <source>二等奖 / 银牌</source>
        <translation>2nd prize / silver</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="164"/>
        <source>三等奖 / 铜牌</source>
        <translation>3rd prize / bronze</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="165"/>
        <source>其他奖项</source>
        <translation>Other awards</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="173"/>
        <source>灰字：未排名（缺考、取消资格或成绩未录完）</source>
        <translation>Grey: not ranked</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="208"/>
        <source>全部组别</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="237"/>
        <location filename="../../competition_app/ui/results/results_view.py" line="250"/>
        <source>正在计算成绩……</source>
        <translation>Computing results…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="282"/>
        <source>共 %1 人，已排名 %2 人</source>
        <translation>%1 contestants, %2 ranked</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="287"/>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="303"/>
        <source>盲评：成绩锁定并由加密裁判解密之前，这里只显示工件号，不显示姓名和单位；证书和成绩公示表在解密后才能打印。</source>
        <translation>Blind marking: until the results are locked and the encryption judge decrypts them, only work-piece codes show here, no names or units; certificates and result sheets can be printed after decryption.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="319"/>
        <source>已核对 %1 / %2，不一致 %3，待另一遍 %4。</source>
        <translation>%1 / %2 verified, %3 mismatched, %4 waiting for the other pass.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="326"/>
        <source>暂定成绩：复核录入尚未完成，名次和奖项可能变化。</source>
        <translation>Provisional results: verified entry is not finished; ranks and awards may still change. </translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="333"/>
        <source>成绩已锁定（%1），各处均为只读。</source>
        <translation>Results are locked (%1) and read-only everywhere.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="334"/>
        <source>裁判长</source>
        <translation>Chief judge</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="337"/>
        <source>解锁…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="344"/>
        <source>只有裁判长可以锁定或解锁成绩</source>
        <translation>Only the chief judge may lock or unlock results</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="347"/>
        <source>成绩已锁定：解锁后才能裁定并列</source>
        <translation>The results are locked: unlock them to decide a tie</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="349"/>
        <source>只有裁判长可以裁定并列</source>
        <translation>Only the chief judge can decide a tie</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="372"/>
        <source>已解锁“%1”。原因已记入审计日志。</source>
        <translation>Unlocked “%1”. The reason is in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="381"/>
        <source>锁定“%1”后，分数、用时和选手状态均不能再修改，解锁须填写原因。</source>
        <translation>Once “%1” is locked, marks, times and statuses cannot be changed; unlocking needs a reason.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="384"/>
        <source>注意：还有 %1 人成绩未录完。</source>
        <translation>Note: %1 contestants still have marks missing.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="388"/>
        <source>已锁定“%1”。</source>
        <translation>Locked “%1”.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="402"/>
        <source>请先在表中选中并列中的一位选手</source>
        <translation>Select a contestant of the tie in the table first</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="410"/>
        <source>正在读取并列……</source>
        <translation>Reading the tie…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="435"/>
        <source>正在记录裁定……</source>
        <translation>Recording the decision…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="445"/>
        <source>已记录裁定：%1（依次列出），已记入审计日志。</source>
        <translation>Decision recorded: %1 (in that order), and written to the audit trail.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="448"/>
        <source>已撤销裁定：%1 重新并列。</source>
        <translation>Decision withdrawn: %1 share their place again.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="466"/>
        <source>请先在表中选中一位选手</source>
        <translation>Select a contestant in the table first</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="483"/>
        <source>正在整理计算过程……</source>
        <translation>Working out the breakdown…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_view.py" line="503"/>
        <source>正在分析评分……</source>
        <translation>Analysing the marks…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_export.py" line="62"/>
        <source>导出成绩</source>
        <translation>Export results</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/results_export.py" line="63"/>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <location filename="../../competition_app/ui/common/roster_view.py" line="102"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/common/roster_view.py" line="104"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/common/roster_view.py" line="109"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/common/roster_view.py" line="170"/>
        <source>共 %1 人，显示 %2 人</source>
        <translation>%2 of %1 shown</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="94"/>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="95"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="96"/>
        <source>权重</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="97"/>
        <source>满分</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="98"/>
        <source>所属部分</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="99"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="104"/>
        <source>抽样复核</source>
        <translation>Re-check sampling</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="105"/>
        <source>锁定前须复核</source>
        <translation>Required before the lock</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="106"/>
        <source>前列全检名次</source>
        <translation>Top places re-checked in full</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="107"/>
        <source>抽查比例</source>
        <translation>Sample share</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="108"/>
        <source>差错率上限</source>
        <translation>Error-rate threshold</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="87"/>
        <source>评分构成</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="92"/>
        <source>裁判组评分方法</source>
        <translation>Judging panel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="96"/>
        <source>单人评分（每项一个分数）</source>
        <translation>Single mark per criterion</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="97"/>
        <source>多名裁判取平均</source>
        <translation>Mean of the judges</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="98"/>
        <source>去掉一个最高分和一个最低分后取平均</source>
        <translation>Mean without the highest and lowest mark</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="99"/>
        <source>世界技能大赛评价分（0–3 分）</source>
        <translation>WorldSkills judgement scores (0–3)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="104"/>
        <source> 名裁判及以上时去掉最高最低分</source>
        <translation> or more judges: drop highest and lowest</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="106"/>
        <source>留空：不检查</source>
        <translation>Empty: not checked</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="107"/>
        <source>方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="108"/>
        <source>去分条件</source>
        <translation>Trimming</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="109"/>
        <source>评分差异上限</source>
        <translation>Spread tolerance</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="111"/>
        <source>小数与舍入</source>
        <translation>Decimals and rounding</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="115"/>
        <source> 位小数</source>
        <translation> decimals</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="118"/>
        <source>四舍五入</source>
        <translation>Half up</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="119"/>
        <source>四舍六入五成双</source>
        <translation>Half even</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="120"/>
        <source>直接截断</source>
        <translation>Truncate</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="123"/>
        <source>先对各组成部分舍入，再加权求总分</source>
        <translation>Round each component before weighting</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="124"/>
        <source>显示世界技能大赛标准分（中位数 700）</source>
        <translation>Show the WorldSkills scale (median 700)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="125"/>
        <source>总分保留</source>
        <translation>Total to</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="126"/>
        <source>舍入方式</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="131"/>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="89"/>
        <source>评分方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="152"/>
        <source>前</source>
        <translation>Top</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="157"/>
        <source>名不允许并列（0：允许；仍并列者标记，由裁判长裁定）</source>
        <translation>places may not be shared (0: allowed; ties left are flagged for the chief judge)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="161"/>
        <source>名次写法</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="163"/>
        <source>并列占位（1、2、2、4）</source>
        <translation>Competition (1, 2, 2, 4)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="164"/>
        <source>并列不占位（1、2、2、3）</source>
        <translation>Dense (1, 2, 2, 3)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="165"/>
        <source>只改变显示和打印的名次；奖项名额与称号始终按人数计算</source>
        <translation>Changes only the place shown and printed; award quotas and titles always count contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="91"/>
        <source>奖项</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="185"/>
        <source>排名与奖项</source>
        <translation>Ranking and awards</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="190"/>
        <source>称号（如“技术能手”授予前 N 名）</source>
        <translation>Titles (e.g. Technical Expert for the top N)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="193"/>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="93"/>
        <source>称号</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="193"/>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="100"/>
        <source>前 N 名</source>
        <translation>Top N</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="197"/>
        <source>技术能手</source>
        <translation>Technical Expert</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="202"/>
        <source>晋升等级（获奖或称号对应的职业技能等级）</source>
        <translation>Level promotions (the skill level an award or title brings)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="205"/>
        <source>奖项或称号</source>
        <translation>Award or title</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="205"/>
        <source>晋升至</source>
        <translation>Promoted to</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_editor.py" line="215"/>
        <source>称号与晋升</source>
        <translation>Titles and promotions</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="102"/>
        <source>比例</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="87"/>
        <source>组成部分</source>
        <translation>Components</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="88"/>
        <source>并列比较</source>
        <translation>Tie-break</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="90"/>
        <source>小数位数</source>
        <translation>Decimals</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="92"/>
        <source>评分细则</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="101"/>
        <source>人数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_problems.py" line="103"/>
        <source>%1第 %2 行</source>
        <translation>%1 row %2</translation>
    </message>
</context>
<context>
    <name>RulesTable</name>
    <message>
        <location filename="../../competition_app/ui/setup/rules_table.py" line="52"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_table.py" line="54"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_table.py" line="58"/>
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/rules_table.py" line="60"/>
        <source>下移</source>
        <translation>Down</translation>
    </message>
</context>
<context>
    <name>SaveLine</name>
    <message>
        <location filename="../../competition_app/ui/scoring/save_line.py" line="31"/>
        <source>每次保存都在这里显示：选手、评分项、裁判、原分 → 新分。Ctrl+Z 撤销上次保存。</source>
        <translation>Every save is shown here: contestant, criterion, judge, old → new. Ctrl+Z undoes the last save.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/save_line.py" line="46"/>
        <source>用时</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/save_line.py" line="50"/>
        <source>裁判 %1 %2</source>
        <translation>judge %1 %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/save_line.py" line="55"/>
        <source>未录入</source>
        <translation>not entered</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/save_line.py" line="61"/>
        <source>已撤销 %1：%2 → %3（恢复原值）</source>
        <translation>Undone %1: %2 → %3 (old value back)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/save_line.py" line="64"/>
        <source>已录入 %1：%3</source>
        <translation>Entered %1: %3</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/save_line.py" line="66"/>
        <source>已清除 %1：%2 → %3（原有分数已删除）</source>
        <translation>Cleared %1: %2 → %3 (the mark there was deleted)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/save_line.py" line="68"/>
        <source>已修改 %1：%2 → %3（替换了原有分数）</source>
        <translation>Changed %1: %2 → %3 (replaced the mark there)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/save_line.py" line="71"/>
        <source> · 录入员 %1</source>
        <translation> · clerk %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/save_line.py" line="73"/>
        <source>&#x3000;Ctrl+Z 撤销</source>
        <translation>   Ctrl+Z undoes</translation>
    </message>
</context>
<context>
    <name>ScoreGridCells</name>
    <message>
        <location filename="../../competition_app/ui/scoring/score_grid_cells.py" line="177"/>
        <source>待保存：与数据库的连接中断，恢复后自动保存</source>
        <translation>Waiting: the database cannot be reached; saved automatically once it is back</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_grid_cells.py" line="182"/>
        <source>%1：不录分</source>
        <translation>%1: no marks are entered</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_grid_cells.py" line="187"/>
        <source>未录入</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_grid_cells.py" line="192"/>
        <source>完成用时（分钟，或 时:分）</source>
        <translation>Completion time (minutes, or h:mm)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_grid_cells.py" line="196"/>
        <source> · 裁判 %1 %2</source>
        <translation> · judge %1 %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_grid_cells.py" line="199"/>
        <source> · 满分 %1</source>
        <translation> · max %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_grid_cells.py" line="217"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_grid_cells.py" line="218"/>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_grid_cells.py" line="219"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_grid_cells.py" line="222"/>
        <source>用时
（分钟）</source>
        <translation>Time
(min)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_grid_cells.py" line="243"/>
        <source>这一列不能录入</source>
        <translation>This column cannot be entered</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_grid_cells.py" line="245"/>
        <source>已锁定：本工种成绩已由裁判长锁定，只读。如需修改，请在“成绩”页解锁。</source>
        <translation>Locked: the chief judge locked this trade, read-only. To change marks, unlock it on the Results page.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_grid_cells.py" line="247"/>
        <source>当前用户无权录入成绩，评分表只读。</source>
        <translation>This user may not enter marks: the grid is read-only.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_grid_cells.py" line="251"/>
        <source>回避：</source>
        <translation>Recused: </translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_grid_cells.py" line="254"/>
        <source>。此格已有的分数可按 Delete 清除。</source>
        <translation>. The mark already in this cell can be cleared with Delete.</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <location filename="../../competition_app/ui/scoring/score_grid_model.py" line="70"/>
        <source>这一列不能录入</source>
        <translation>This column cannot be entered</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_grid_model.py" line="72"/>
        <source>本工种已锁定，成绩只读</source>
        <translation>This trade is locked; marks are read-only</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_grid_model.py" line="154"/>
        <source>没有可撤销的保存。</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_grid_model.py" line="158"/>
        <source>要撤销的分数已不在评分表中。</source>
        <translation>The mark to undo is no longer in the grid.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/grid_recusal.py" line="36"/>
        <source>裁判 %1 %2</source>
        <translation>Judge %1 %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/grid_recusal.py" line="37"/>
        <source>%1 已登记须回避该工件的选手</source>
        <translation>%1 has declared a conflict with the contestant behind this work piece</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/grid_recusal.py" line="38"/>
        <source>%1 已登记须回避该选手：%2</source>
        <translation>%1 has a declared conflict with this contestant: %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/grid_recusal.py" line="39"/>
        <source>%1 与选手同属“%2”，须回避</source>
        <translation>%1 belongs to “%2” like the contestant and must stand aside</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/grid_recusal.py" line="40"/>
        <source>%1 不在评分项“%2”的评分组中</source>
        <translation>%1 is not on the panel of “%2”</translation>
    </message>
</context>
<context>
    <name>ScoreHistogram</name>
    <message>
        <location filename="../../competition_app/ui/results/histogram.py" line="99"/>
        <source>还没有已排名的选手</source>
        <translation>No one is ranked yet</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/histogram.py" line="111"/>
        <source>%1：已排名 %2 人</source>
        <translation>%1: %2 ranked</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/histogram.py" line="112"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>ScoreTable</name>
    <message>
        <location filename="../../competition_app/ui/scoring/score_table.py" line="157"/>
        <source>标记为：</source>
        <translation>Mark as: </translation>
    </message>
</context>
<context>
    <name>Scoreboard</name>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_painter.py" line="310"/>
        <source>暂无可揭晓的工种</source>
        <translation>No trade to reveal yet</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_painter.py" line="311"/>
        <source>成绩锁定并确认无待裁定事项后，才会在颁奖时揭晓</source>
        <translation>A trade is revealed once its results are locked with nothing left to decide</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_painter.py" line="312"/>
        <source>评分录入进度</source>
        <translation>Entry progress</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_painter.py" line="313"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_painter.py" line="314"/>
        <source>已录完</source>
        <translation>All entered</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_painter.py" line="315"/>
        <source>录入中</source>
        <translation>Entering</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_painter.py" line="316"/>
        <source>实时排名 · 成绩未锁定，以公示为准</source>
        <translation>Live ranking · not locked; the public notice is final</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_painter.py" line="317"/>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_painter.py" line="318"/>
        <source>参赛证号</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_painter.py" line="319"/>
        <source>工件号</source>
        <translation>Work-piece code</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_painter.py" line="320"/>
        <source>总成绩</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_painter.py" line="321"/>
        <source>获奖名单揭晓</source>
        <translation>The winners</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_painter.py" line="322"/>
        <source>并列%1</source>
        <translation>=%1</translation>
    </message>
</context>
<context>
    <name>ScoreboardDialog</name>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_dialog.py" line="32"/>
        <source>大屏显示</source>
        <translation>Projector scoreboard</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_dialog.py" line="37"/>
        <source>在投影或第二块屏幕上全屏显示：白天显示录入进度和未锁定工种的实时排名（不显示姓名）；颁奖时按三等奖、二等奖、一等奖的顺序逐项揭晓已锁定工种的获奖名单。</source>
        <translation>Full screen on a projector or a second screen: during the day, entry progress and the live ranking of unlocked trades (no names); at the ceremony, the winners of each locked trade revealed tier by tier, third prize, second, then first.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_dialog.py" line="53"/>
        <source>显示器</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_dialog.py" line="55"/>
        <source>比赛进行中：进度与实时排名</source>
        <translation>During the contest: progress and live ranking</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_dialog.py" line="56"/>
        <source>颁奖：逐项揭晓获奖名单</source>
        <translation>Ceremony: reveal the winners tier by tier</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_dialog.py" line="57"/>
        <source>内容</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_dialog.py" line="61"/>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_dialog.py" line="62"/>
        <source>翻页间隔</source>
        <translation>Next page after</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_dialog.py" line="64"/>
        <source>颁奖时：空格、→ 或 PageDown 下一项，← 上一项；Esc 退出全屏。</source>
        <translation>At the ceremony: Space, → or PageDown next, ← back; Esc leaves full screen.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_dialog.py" line="69"/>
        <source>开始显示</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>ScoreboardWindow</name>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_window.py" line="58"/>
        <source>大屏显示</source>
        <translation>Projector scoreboard</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_window.py" line="179"/>
        <source>空格 / → 下一项 · ← 上一项 · Esc 退出全屏</source>
        <translation>Space / → next · ← back · Esc leaves full screen</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoreboard/board_window.py" line="181"/>
        <source>每 %1 秒切换</source>
        <translation>Next page every %1 s</translation>
    </message>
</context>
<context>
    <name>ScoringScheme</name>
    <message>
        <location filename="../../competition_app/ui/setup/scoring_scheme.py" line="24"/>
        <source>组成部分与权重（总分 = Σ 权重 × 部分得分）</source>
        <translation>Components and weights (total = Σ weight × component)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/scoring_scheme.py" line="28"/>
        <location filename="../../competition_app/ui/setup/scoring_scheme.py" line="57"/>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/scoring_scheme.py" line="29"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/scoring_scheme.py" line="31"/>
        <source>权重</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/scoring_scheme.py" line="31"/>
        <source>0–1 之间，合计应为 1</source>
        <translation>Between 0 and 1; the weights add up to 1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/scoring_scheme.py" line="33"/>
        <location filename="../../competition_app/ui/setup/scoring_scheme.py" line="60"/>
        <source>满分</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/scoring_scheme.py" line="53"/>
        <source>评分细则（没有细则的组成部分直接录入分数，如理论知识）</source>
        <translation>Marking scheme (a component without criteria is entered directly, e.g. theory)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/scoring_scheme.py" line="58"/>
        <source>评分项</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/scoring_scheme.py" line="59"/>
        <source>所属部分</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/scoring_scheme.py" line="63"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/scoring_scheme.py" line="64"/>
        <source>测量</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/scoring_scheme.py" line="64"/>
        <source>评价</source>
        <translation>Judgement</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/scoring_scheme.py" line="133"/>
        <source>有权重不是数字</source>
        <translation>A weight is not a number</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/scoring_scheme.py" line="139"/>
        <source>✓ 权重合计 1</source>
        <translation>✓ Weights add up to 1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/scoring_scheme.py" line="151"/>
        <source>%1：细则满分合计 %2 / %3</source>
        <translation>%1: criteria add up to %2 / %3</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/scoring_scheme.py" line="157"/>
        <source>%1：直接录入</source>
        <translation>%1: entered directly</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/scoring_scheme.py" line="158"/>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>ScoringView</name>
    <message>
        <location filename="../../competition_app/ui/scoring/scoring_view.py" line="51"/>
        <source>评分录入</source>
        <translation>Score entry</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/scoring_view.py" line="52"/>
        <source>输入分数后按 Enter 下移、Tab 右移；Delete 清除为“未录入”；Esc 取消</source>
        <translation>Type a mark, Enter moves down, Tab moves right; Delete clears it to “not entered”; Esc cancels</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/scoring_view.py" line="59"/>
        <source>导入成绩表…</source>
        <translation>Import scores…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/scoring_view.py" line="61"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/scoring_view.py" line="63"/>
        <source>撤销上次保存</source>
        <translation>Undo last save</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/scoring_view.py" line="64"/>
        <source>撤销本机最近一次保存的分数（Ctrl+Z）</source>
        <translation>Undo the last mark saved on this computer (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/scoring_view.py" line="195"/>
        <source>盲评：%1 名选手还没有工件号，暂不能录分。请加密裁判在“加密”页生成。</source>
        <translation>Blind marking: %1 contestants have no work-piece code yet and cannot be marked. The encryption judge makes them on the Blind codes page.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/scoring_view.py" line="201"/>
        <source>当前用户无权录入成绩，评分表只读。</source>
        <translation>This user may not enter marks: the grid is read-only.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/scoring_view.py" line="231"/>
        <source>与数据库的连接中断：%1 个分数尚未保存（浅蓝色），恢复后自动保存。请勿关闭程序。</source>
        <translation>The database cannot be reached: %1 marks are not saved yet (light blue) and will be saved once it is back. Do not close the program.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/scoring_view.py" line="238"/>
        <source>连接已恢复，待保存的分数均已保存。</source>
        <translation>The connection is back; all waiting marks are saved.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/scoring_view.py" line="244"/>
        <source>本工种成绩已由裁判长锁定，只读。如需修改，请在“成绩”页解锁并填写原因。</source>
        <translation>The chief judge locked this trade: read-only. To change marks, unlock it on the Results page with a reason.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/scoring_view.py" line="246"/>
        <source>（锁定人：%1）</source>
        <translation> (locked by %1)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/scoring_view.py" line="273"/>
        <source>没有工件号为“%1”的工件</source>
        <translation>No work piece has the code “%1”</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/scoring_view.py" line="275"/>
        <source>没有参赛证号为“%1”的选手</source>
        <translation>No contestant with entry number “%1”</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/scoring_view.py" line="302"/>
        <source>清除分数</source>
        <translation>Clear marks</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/scoring_view.py" line="303"/>
        <source>清除选中的 %1 个分数？清除后为“未录入”。</source>
        <translation>Clear the %1 selected marks? They become “not entered”.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/scoring_view.py" line="328"/>
        <source>%1 · %2：</source>
        <translation>%1 · %2: </translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/scoring_view.py" line="332"/>
        <source>未保存。</source>
        <translation>Not saved. </translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/scoring_view.py" line="379"/>
        <source>未撤销：</source>
        <translation>Not undone: </translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_import.py" line="67"/>
        <source>导入成绩表</source>
        <translation>Import scores</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_import.py" line="68"/>
        <source>已导入 %1 行：%2 个评分项分数，%3 个成绩，%4 个用时</source>
        <translation>Imported %1 rows: %2 criterion marks, %3 scores, %4 times</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_import.py" line="69"/>
        <source>成绩表有问题</source>
        <translation>Problems in the score file</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_import.py" line="70"/>
        <source>成绩表“%1”有 %2 处问题，未导入任何数据：</source>
        <translation>The score file “%1” has %2 problems; nothing was imported:</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/score_import.py" line="71"/>
        <source>正在导入成绩表……</source>
        <translation>Importing scores…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="89"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="104"/>
        <source>（内置中文字体）</source>
        <translation>(bundled Chinese font)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="109"/>
        <source> 磅</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="115"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="118"/>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="121"/>
        <source>语言、字体和数据文件夹在重新打开窗口后生效；数据不受影响。</source>
        <translation>Language, font and data folder take effect when the window reopens; data is not affected.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="135"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="136"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="138"/>
        <source>恢复默认</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="144"/>
        <source>界面语言 / Language</source>
        <translation>Language / 界面语言</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="145"/>
        <source>新工种默认规则</source>
        <translation>Default rules for new trades</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="149"/>
        <source>界面字体</source>
        <translation>Interface font</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="150"/>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="214"/>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="151"/>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="215"/>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="152"/>
        <source>自动备份间隔</source>
        <translation>Automatic backup every</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="153"/>
        <source>保留自动备份</source>
        <translation>Keep automatic backups</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="164"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="176"/>
        <source>选择文件夹</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="241"/>
        <source>请填写完整路径</source>
        <translation>Enter a full path</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="241"/>
        <source>这是一个文件，不是文件夹</source>
        <translation>This is a file, not a folder</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/settings_dialog.py" line="241"/>
        <source>没有写入权限</source>
        <translation>No permission to write</translation>
    </message>
</context>
<context>
    <name>StandingsTableModel</name>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="189"/>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="190"/>
        <source>代表队 / 单位</source>
        <translation>Team / unit</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="191"/>
        <source>团体总分</source>
        <translation>Team total</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="192"/>
        <source>计分人数</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/result_model.py" line="201"/>
        <source>%1（并列）</source>
        <translation>%1 (tie)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="167"/>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="168"/>
        <source>点击“创建”后建立赛事；之后可导入选手和裁判。</source>
        <translation>Click Create to set up the event; then import contestants and judges.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../competition_app/ui/common/workers.py" line="149"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/common/workers.py" line="150"/>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/common/workers.py" line="174"/>
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>TeamsView</name>
    <message>
        <location filename="../../competition_app/ui/results/teams_view.py" line="30"/>
        <source>团体总分</source>
        <translation>Team standings</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/teams_view.py" line="34"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/teams_view.py" line="36"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/teams_view.py" line="44"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/teams_view.py" line="63"/>
        <source>每个代表队取总分最高的 %1 名选手相加</source>
        <translation>Each team&apos;s best %1 totals are added</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/teams_view.py" line="65"/>
        <source>每个代表队全部选手的总分相加</source>
        <translation>All totals of each team are added</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/teams_view.py" line="68"/>
        <source>；缺考、取消资格、不参与评奖及成绩未录完者不计</source>
        <translation>; absent, disqualified, out-of-competition and unfinished contestants do not count</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/teams_view.py" line="74"/>
        <source>全部工种</source>
        <translation>All trades</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/teams_view.py" line="97"/>
        <source>正在计算团体总分……</source>
        <translation>Computing team standings…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/teams_view.py" line="111"/>
        <source>%1 个代表队</source>
        <translation>%1 teams</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/teams_view.py" line="113"/>
        <source> · 未计入盲评未解密的工种：%1</source>
        <translation> · left out (blind, not yet decrypted): %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/teams_view.py" line="118"/>
        <source>导出团体总分</source>
        <translation>Export team standings</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/teams_view.py" line="118"/>
        <source>团体总分.xlsx</source>
        <translation>teams.xlsx</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/teams_view.py" line="138"/>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>TieBreakList</name>
    <message>
        <location filename="../../competition_app/ui/setup/tie_break_list.py" line="33"/>
        <source>并列时依次比较（勾选并排序）</source>
        <translation>Tie-break chain (tick and order)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/tie_break_list.py" line="41"/>
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/tie_break_list.py" line="43"/>
        <source>下移</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/tie_break_list.py" line="52"/>
        <source>总分高者优先（必选，排第一）</source>
        <translation>Higher total first (always first)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/tie_break_list.py" line="54"/>
        <source>用时短者优先</source>
        <translation>Shorter time first</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/tie_break_list.py" line="56"/>
        <source>“%1”得分高者优先</source>
        <translation>Higher “%1” first</translation>
    </message>
</context>
<context>
    <name>TieDialog</name>
    <message>
        <location filename="../../competition_app/ui/results/tie_dialog.py" line="34"/>
        <source>裁定并列</source>
        <translation>Decide a tie</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/tie_dialog.py" line="40"/>
        <source>“%1”以下选手排名依据全部相同，已按裁定排出先后。可调整后重新记录，或撤销裁定。</source>
        <translation>&quot;%1&quot;: these contestants are equal on every tie-break and are ordered by a decision. Change the order and record it again, or withdraw the decision.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/tie_dialog.py" line="44"/>
        <source>“%1”以下选手排名依据全部相同，共享同一名次。请按裁判长裁定的名次先后排列（第一名在上）。</source>
        <translation>&quot;%1&quot;: these contestants are equal on every tie-break and share one place. Put them in the order the chief judge decided (first place at the top).</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/tie_dialog.py" line="59"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/tie_dialog.py" line="60"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/tie_dialog.py" line="73"/>
        <source>例如：按竞赛规程第 12 条，以实操第 2 题得分高者列前；或当众抽签</source>
        <translation>For example: by rule 12 of the regulations, the higher practical task 2 mark first; or lots drawn in public</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/tie_dialog.py" line="78"/>
        <source>记录裁定</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/tie_dialog.py" line="80"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/tie_dialog.py" line="84"/>
        <source>撤销裁定</source>
        <translation>Withdraw decision</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/tie_dialog.py" line="92"/>
        <source>裁定依据（记入审计日志）*</source>
        <translation>Grounds (written to the audit trail) *</translation>
    </message>
</context>
<context>
    <name>TradeOptionsDialog</name>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="58"/>
        <source>赛务选项 · %1</source>
        <translation>Trade options · %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="60"/>
        <source>盲评：裁判只见工件号，不见姓名、参赛证号和单位</source>
        <translation>Blind: judges see work-piece codes, never names, entry numbers or units</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="62"/>
        <source>复核录入：每个分数由两人各录一遍，一致才生效</source>
        <translation>Verified entry: two people type each mark; it counts once both agree</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="65"/>
        <source>如 20,20,10 或 3x20；留空：一场</source>
        <translation>e.g. 20,20,10 or 3x20; empty: one session</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="68"/>
        <source>如 2022-07-20 08:30, 13:30；留空：不判迟到</source>
        <translation>e.g. 2022-07-20 08:30, 13:30; empty: nobody is late</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="71"/>
        <source>每场一个，按场次顺序；同一天的可只写时刻。场次开始后才检录的选手记为迟到。</source>
        <translation>One per session, in session order; a time alone is on the same day. Contestants checked in after their session starts are marked late.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="73"/>
        <source>已确定</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="74"/>
        <source>取消勾选即清除结束时间；未设置结束时间时不能登记申诉</source>
        <translation>Untick to clear the end time; appeals cannot be recorded while it is not set</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="88"/>
        <source> 小时</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="99"/>
        <source>评分方式</source>
        <translation>Marking</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="101"/>
        <source>抽签场次容量</source>
        <translation>Sessions for the draw</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="102"/>
        <source>各场开始时间</source>
        <translation>Session start times</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="103"/>
        <source>比赛结束时间</source>
        <translation>Trade ends</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="104"/>
        <source>申诉时限</source>
        <translation>Appeal window</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="107"/>
        <source>盲评和复核须在录分前设定；工种锁定后只能修改结束时间和申诉时限。</source>
        <translation>Set blind marking and verified entry before marks are entered; after the lock only the end time and appeal window can change.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="111"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="111"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="130"/>
        <source>已有 %1 个分数：盲评和复核须在录分前设定</source>
        <translation>%1 marks already entered: blind marking and verified entry are set before marking starts</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="141"/>
        <source>保存后将清除结束时间（原为 %1）；未设置结束时间时不能登记申诉</source>
        <translation>Saving clears the end time (was %1); appeals cannot be recorded while it is not set</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="145"/>
        <source>未设置结束时间时不能登记申诉</source>
        <translation>No appeal can be recorded until the end time is set</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trade_options_dialog.py" line="151"/>
        <source>申诉截止：%1</source>
        <translation>Appeal deadline: %1</translation>
    </message>
</context>
<context>
    <name>TradesPage</name>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="76"/>
        <source>工种与评分规则</source>
        <translation>Trades and rules</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="78"/>
        <source>每个工种选一个规则预设；评分细则、奖项等可以稍后在“工种”页修改。</source>
        <translation>Pick a rule preset for each trade; the marking scheme and awards can be edited later on the Trades page.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="85"/>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="86"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="87"/>
        <source>规则预设</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="88"/>
        <source>组别（用顿号分隔）</source>
        <translation>Groups (separated by 、)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="101"/>
        <source>添加常用工种</source>
        <translation>Add a common trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="106"/>
        <source>添加空白工种</source>
        <translation>Add an empty trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="110"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="136"/>
        <source>至少添加一个工种</source>
        <translation>Add at least one trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="140"/>
        <source>第 %1 行：代码为空</source>
        <translation>Row %1: code is empty</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="142"/>
        <source>第 %1 行：代码只能用字母、数字、下划线</source>
        <translation>Row %1: the code may only use letters, digits and underscores</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="145"/>
        <source>第 %1 行：代码“%2”重复</source>
        <translation>Row %1: code “%2” is repeated</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="149"/>
        <source>第 %1 行：名称为空</source>
        <translation>Row %1: name is empty</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/new_event_wizard.py" line="151"/>
        <source>第 %1 行：请选择规则预设</source>
        <translation>Row %1: choose a preset</translation>
    </message>
</context>
<context>
    <name>TradesView</name>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="55"/>
        <source>工种与评分规则</source>
        <translation>Trades and rules</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="56"/>
        <source>组成部分与权重、评分细则、裁判组方法、并列规则与奖项；修改后即时预览排名</source>
        <translation>Components and weights, marking scheme, panel, tie-breaks and awards; the ranking preview follows your edits</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="66"/>
        <source>赛务选项…</source>
        <translation>Trade options…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="67"/>
        <source>盲评、复核录入、抽签场次、结束时间与申诉时限</source>
        <translation>Blind marking, verified entry, sessions for the draw, end time and appeal window</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="69"/>
        <source>添加工种…</source>
        <translation>Add trade…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="71"/>
        <source>删除工种…</source>
        <translation>Remove trade…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="72"/>
        <source>删除所选工种及其选手和分数（记入审计）</source>
        <translation>Remove the chosen trade with its contestants and marks (audited)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="78"/>
        <source>撤销修改</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="80"/>
        <source>保存规则</source>
        <translation>Save rules</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="93"/>
        <source>如：职工组、学生组（留空则不分组）</source>
        <translation>e.g. 职工组、学生组 (empty: no groups)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="96"/>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="98"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="100"/>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="126"/>
        <source>排名预览（按编辑中的规则，未保存）</source>
        <translation>Ranking preview (rules being edited, not saved)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="173"/>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="174"/>
        <source>“%1”的规则修改尚未保存，放弃这些修改？</source>
        <translation>The changes to “%1” are not saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="193"/>
        <source>创建时的预设：%1</source>
        <translation>Created from preset: %1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="194"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="206"/>
        <source>本工种成绩已锁定，规则只读。解锁后才能修改。</source>
        <translation>This trade&apos;s results are locked, so its rules are read-only. Unlock to change them.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="208"/>
        <source>当前用户无权修改工种设置，规则只读。</source>
        <translation>This user may not change trade settings: the rules are read-only.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="233"/>
        <source>……另有 %1 处</source>
        <translation>…and %1 more</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="235"/>
        <source>规则有 %1 处问题，改正后才能保存：</source>
        <translation>The rules have %1 problems to correct before saving:</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="244"/>
        <source>✓ 规则有效</source>
        <translation>✓ Rules are valid</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="244"/>
        <source>（有未保存的修改）</source>
        <translation> (unsaved changes)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="269"/>
        <source>正在计算预览……</source>
        <translation>Computing the preview…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="275"/>
        <source>无法预览：</source>
        <translation>No preview: </translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="292"/>
        <source>已排名 %1 / %2 人</source>
        <translation>%1 of %2 ranked</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="297"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="297"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="298"/>
        <source>%1 %2 人</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="325"/>
        <source>已保存“%1”的规则。</source>
        <translation>Saved the rules of “%1”.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="340"/>
        <source>已添加工种“%1”。</source>
        <translation>Trade “%1” added.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="355"/>
        <source>删除工种“%1”（%2）？</source>
        <translation>Remove the trade “%1” (%2)?</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="358"/>
        <source>其 %1 名选手和 %2 个已录入的分数将一并删除，不能恢复（删除记入审计）。</source>
        <translation> Its %1 contestants and %2 marks entered go with it and cannot be restored (the removal is audited).</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="361"/>
        <source>删除工种</source>
        <translation>Remove trade</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="371"/>
        <source>已删除工种“%1”。</source>
        <translation>Trade “%1” removed.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/setup/trades_view.py" line="382"/>
        <source>已保存“%1”的赛务选项。</source>
        <translation>Options of “%1” saved.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../competition_app/ui/results/unlock_dialog.py" line="21"/>
        <source>解锁成绩</source>
        <translation>Unlock results</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/unlock_dialog.py" line="24"/>
        <source>解锁“%1”后，分数可以再次修改。解锁原因、时间和操作人将记入审计日志。</source>
        <translation>After unlocking “%1”, marks can be changed again. The reason, time and user go into the audit trail.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/unlock_dialog.py" line="31"/>
        <source>例如：仲裁委员会裁定复核第 3 题分数（申诉编号 2022-07）</source>
        <translation>e.g. Arbitration ruled to re-check item 3 (appeal 2022-07)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/unlock_dialog.py" line="35"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/unlock_dialog.py" line="35"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/results/unlock_dialog.py" line="39"/>
        <source>解锁原因 *</source>
        <translation>Reason for unlocking *</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../competition_app/ui/integrity/user_dialog.py" line="60"/>
        <source>新增用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/user_dialog.py" line="61"/>
        <source>创建赛务管理员账号</source>
        <translation>Create the organizer&apos;s account</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/user_dialog.py" line="62"/>
        <source>修改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/user_dialog.py" line="63"/>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/user_dialog.py" line="70"/>
        <source>创建后，本数据库需登录才能使用；每项操作按角色授权，并记入审计日志。其他用户（裁判长、裁判员、加密裁判）可随后在“用户”页添加。</source>
        <translation>Afterwards this database needs a log-in; every action is allowed by role and recorded in the audit trail. Other users (chief judge, judges, encryption judge) can be added on the Users page.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/user_dialog.py" line="89"/>
        <source>至少 %1 个字符</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/user_dialog.py" line="92"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/user_dialog.py" line="94"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/user_dialog.py" line="96"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/user_dialog.py" line="96"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/user_dialog.py" line="97"/>
        <source>再输一遍</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/user_dialog.py" line="103"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/user_dialog.py" line="103"/>
        <source>创建并登录</source>
        <translation>Create and log in</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/user_dialog.py" line="104"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/user_dialog.py" line="116"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="51"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="52"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="53"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="54"/>
        <source>可以做什么</source>
        <translation>May do</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="65"/>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="65"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="30"/>
        <source>建立赛事、名单、工种设置、抽签、检录、加密、用户</source>
        <translation>Events, lists, trade settings, lots, check-in, codes, users</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="33"/>
        <source>检录、录分、裁定复核、锁定成绩、裁定申诉</source>
        <translation>Check-in, marks, settle mismatches, lock results, decide appeals</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="36"/>
        <source>录入分数</source>
        <translation>Enter marks</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="37"/>
        <source>生成加密号、查看加密表、锁定后解密</source>
        <translation>Make codes, code tables, decrypt after the lock</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="40"/>
        <source>只读，可查看审计日志</source>
        <translation>Read only, including the audit trail</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="98"/>
        <source>用户与权限</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="99"/>
        <source>每人一个账号；按角色授权，每项修改都记入审计日志</source>
        <translation>One account per person; allowed by role; every change recorded in the audit trail</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="103"/>
        <source>新增用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="106"/>
        <source>修改角色…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="108"/>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="173"/>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="110"/>
        <source>重设密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="119"/>
        <source>单机模式：尚未设置用户</source>
        <translation>Single-user mode: no users yet</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="122"/>
        <source>现在任何打开本数据库的人都可以修改所有数据。正式比赛前，请先创建赛务管理员账号；创建后本数据库需登录使用，裁判员不能锁定成绩、不能解密、不能修改工种设置。</source>
        <translation>Anyone who opens this database may change everything now. Before the contest, create the organizer&apos;s account; then everyone logs in, and judges cannot lock results, decrypt or change trade settings.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="128"/>
        <source>创建赛务管理员账号…</source>
        <translation>Create organizer account…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="173"/>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="191"/>
        <source>已添加用户“%1”（%2）</source>
        <translation>User “%1” (%2) added</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="213"/>
        <source>已重设“%1”的密码</source>
        <translation>Password of “%1” reset</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="222"/>
        <source>“%1”的角色已改为%2</source>
        <translation>“%1” is now %2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="234"/>
        <source>停用用户</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="235"/>
        <source>停用“%1”后，该用户不能再登录；其以往的操作仍保留在审计日志中。</source>
        <translation>Once “%1” is disabled, they cannot log in; what they did stays in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="246"/>
        <source>已启用“%1”</source>
        <translation>“%1” enabled</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/integrity/users_view.py" line="246"/>
        <source>已停用“%1”</source>
        <translation>“%1” disabled</translation>
    </message>
</context>
<context>
    <name>VerificationBar</name>
    <message>
        <location filename="../../competition_app/ui/scoring/verification_bar.py" line="47"/>
        <source>第 1 遍录入</source>
        <translation>Pass 1</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/verification_bar.py" line="48"/>
        <source>第 2 遍录入</source>
        <translation>Pass 2</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/verification_bar.py" line="51"/>
        <source>录入员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/verification_bar.py" line="53"/>
        <source>您的姓名</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/verification_bar.py" line="56"/>
        <source>未设用户时，复核的每一遍记在录入员名下；两遍须由两人分别录入</source>
        <translation>Without user accounts, each pass is recorded under the clerk’s name; the two passes must come from two people</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/verification_bar.py" line="61"/>
        <source>不一致列表…</source>
        <translation>Mismatches…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/verification_bar.py" line="63"/>
        <source>复核：每个分数由两人各录一遍，互不可见；一致才生效</source>
        <translation>Verified entry: two people type each mark without seeing the other&apos;s; it counts when both agree</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/verification_bar.py" line="67"/>
        <source>本机录入</source>
        <translation>This station types</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/verification_bar.py" line="127"/>
        <source>已核对 %1 / %2 · 待另一遍 %3 · 不一致 %4</source>
        <translation>%1 / %2 verified · %3 waiting for the other pass · %4 mismatched</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/scoring/verification_bar.py" line="133"/>
        <source>不一致列表（%1）…</source>
        <translation>Mismatches (%1)…</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../competition_app/ui/window/welcome_view.py" line="57"/>
        <source>职业技能大赛赛务系统</source>
        <translation>Skills Competition Manager</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/welcome_view.py" line="59"/>
        <source>离线运行：赛事设置、报名、评分录入、排名与奖项、锁定与审计。</source>
        <translation>Runs offline: event set-up, registration, score entry, ranking and awards, locking and audit.</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/welcome_view.py" line="66"/>
        <source>新建赛事…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/welcome_view.py" line="66"/>
        <source>按预设规则创建赛事和工种</source>
        <translation>Create an event and its trades from rule presets</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/welcome_view.py" line="69"/>
        <source>打开演示赛事</source>
        <translation>Open demo event</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/welcome_view.py" line="70"/>
        <source>五个工种、两百余名选手，大部分分数已录入</source>
        <translation>Five trades, 240 contestants, most marks entered</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/welcome_view.py" line="74"/>
        <source>打开数据库…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/welcome_view.py" line="74"/>
        <source>打开已有的赛事数据库文件</source>
        <translation>Open an existing event database file</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/welcome_view.py" line="89"/>
        <source>本数据库中的赛事</source>
        <translation>Events in this database</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/welcome_view.py" line="105"/>
        <source>最近打开</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/welcome_view.py" line="155"/>
        <source>%1
%2 · %3 个工种 · %4 名选手</source>
        <translation>%1
%2 · %3 trades · %4 contestants</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/welcome_view.py" line="163"/>
        <source>（无法列出本数据库中的赛事）</source>
        <translation>(the events of this database cannot be listed)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/welcome_view.py" line="168"/>
        <source>（还没有赛事：新建一个，或打开演示赛事）</source>
        <translation>(No events yet: create one, or open the demo event)</translation>
    </message>
    <message>
        <location filename="../../competition_app/ui/window/welcome_view.py" line="178"/>
        <source>（暂无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>_ServiceDialog</name>
    <message>
        <location filename="../../competition_app/ui/integrity/appeal_dialogs.py" line="52"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
