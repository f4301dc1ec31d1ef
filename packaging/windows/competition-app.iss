; Inno Setup script: the Windows installer for the one-folder bundle built by
; packaging/competition-app.spec. See BUILD.md beside this file for the steps.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\competition-app.iss
;
; Input:  dist\competition-app\  (competition-app.exe, competition-app-cli.exe, _internal\)
; Output: dist\installer\competition-app-<version>-setup.exe
;
; Installs per user by default (no administrator needed on a borrowed venue laptop), or for all
; users when run as administrator. The user's data (events database, backups, settings, logs in
; %LOCALAPPDATA%\competition-app) is never touched by installing, upgrading or uninstalling.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "职业技能大赛赛务系统"
#define AppNameEn "Competition App"
#define AppExe "competition-app.exe"
#define AppCli "competition-app-cli.exe"
#define BundleDir "..\..\dist\competition-app"

[Setup]
; A fixed AppId: upgrades replace the same installation instead of adding a second one.
AppId={{6F0C2B1E-8E4B-4C7A-9B1F-3D2A7C5E9A41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=competition-app
DefaultDirName={autopf}\competition-app
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=competition-app-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy before replacing its files.
CloseApplications=yes
RestartApplications=no

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole bundle; `ignoreversion` because Qt and Python DLLs carry their own versions.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\resources\samples\报名表模板.xlsx"; DestDir: "{app}\samples"; Flags: ignoreversion

[InstallDelete]
; Files of the previous version that this one no longer ships (old Qt plugins, modules).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\报名表模板"; Filename: "{app}\samples\报名表模板.xlsx"
Name: "{group}\自检 (Self-test)"; Filename: "{cmd}"; \
  Parameters: "/k ""{app}\{#AppCli}"" --self-test"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; \
  Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; \
  Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Code]
{ The installer checks the installed copy before the organizer relies on it: the same
  self-test as `competition-app-cli --self-test` (a temporary event, PDFs, backup, archive). }
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
begin
  if CurStep = ssPostInstall then
  begin
    WizardForm.StatusLabel.Caption := '正在自检 / Running the self-test...';
    if not Exec(ExpandConstant('{app}\{#AppCli}'), '--self-test', ExpandConstant('{app}'),
                SW_HIDE, ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
      SuppressibleMsgBox('自检未通过（代码 ' + IntToStr(ResultCode) + '）。' +
        '请在开始菜单中运行“自检”查看原因。' + #13#10 +
        'The self-test failed. Run "Self-test" from the Start menu to see why.',
        mbError, MB_OK, IDOK);
  end;
end;
