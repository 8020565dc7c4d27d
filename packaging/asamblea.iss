; Inno Setup script: the Windows installer (Asamblea-VERSION-setup.exe). Built on Windows,
; after PyInstaller made dist\asamblea (see packaging\WINDOWS.md):
;   iscc /DVersion=0.1.0 packaging\asamblea.iss
; Installs for the current user (no administrator needed on a shared laptop); the data stays in
; %LOCALAPPDATA%\asamblea and survives uninstalling and upgrading.

#ifndef Version
  #define Version "0.0.0"
#endif

[Setup]
; Fixed forever: Windows recognises an upgrade of the same program by this id.
AppId={{6F1C2B7E-3A54-4C1D-9E0B-5A2D8C4F7A31}
AppName=Asamblea
AppVersion={#Version}
AppPublisher=Asamblea
DefaultDirName={localappdata}\Programs\Asamblea
DefaultGroupName=Asamblea
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=Asamblea-{#Version}-setup
SetupIconFile=asamblea.ico
UninstallDisplayIcon={app}\Asamblea.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Adds {app} to the user's PATH so `asamblea-cli` works in a terminal.
ChangesEnvironment=yes

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; Everything PyInstaller made; an upgrade first removes the old program files (never the data).
Source: "..\dist\asamblea\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Asamblea"; Filename: "{app}\Asamblea.exe"
Name: "{autodesktop}\Asamblea"; Filename: "{app}\Asamblea.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; \
    ValueData: "{olddata};{app}"; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\Asamblea.exe"; Description: "{cm:LaunchProgram,Asamblea}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;
