; Windows installer for KAMdesk (Inno Setup 6): installs for the current user, without
; administrator rights, into %LOCALAPPDATA%\Programs\KAMdesk, with a Start-menu entry, the
; .kamdesk file association and an uninstaller (Settings > Apps).
; Build: powershell build_spec\make_installer.ps1  (build.ps1, then ISCC on this file)
;   -> build\dist\KAMdesk-VERSION-windows-setup.exe
; The version comes from KAMdesk.exe's version resource, which kamdesk.spec writes from
; kamdesk.__version__; ISCC /DAppVersion=X overrides it.

#define AppName "KAMdesk"
#define AppExe "KAMdesk.exe"
#define DistDir AddBackslash(SourcePath) + "..\build\dist\KAMdesk"
#define ProgId "KAMdesk.Portfolio"
#if !FileExists(DistDir + "\" + AppExe)
  #error Build the app first (build_spec\build.ps1): build\dist\KAMdesk\KAMdesk.exe is missing
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(DistDir + "\" + AppExe, "ProductVersion")
#endif

[Setup]
; Never change AppId: Windows recognises an upgrade of the same app by it.
AppId={{3B4A7932-022C-427E-8342-C1C8CCA6921D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=KAMdesk
VersionInfoVersion={#GetVersionNumbersString(DistDir + "\" + AppExe)}
; Per user: {autopf} is %LOCALAPPDATA%\Programs, HKA is HKEY_CURRENT_USER, no UAC prompt.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ChangesAssociations=yes
Uninstallable=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\resources\icons\kamdesk.ico
OutputDir=..\build\dist
OutputBaseFilename=KAMdesk-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; An open KAMdesk holds its files: offer to close it (it saves as it goes) before replacing them.
CloseApplications=yes

[Languages]
Name: "brazilianportuguese"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
brazilianportuguese.PortfolioFile=Carteira do KAMdesk
english.PortfolioFile=KAMdesk portfolio

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A newer version may ship fewer files: clear the old bundle so no stale library is loaded.
; Portfolios, backups and settings live in the user's folders, never here.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .kamdesk files open in KAMdesk (double-click runs: KAMdesk.exe "the file"), with its icon.
Root: HKA; Subkey: "Software\Classes\.kamdesk"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.kamdesk\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PortfolioFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".kamdesk"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
