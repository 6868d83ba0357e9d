#!/usr/bin/env bash
# Installs KAMdesk for you alone, without root: run ./install.sh in the unpacked folder.
#
#   ~/.local/share/kamdesk-app/      the app (replaced whole by a newer version)
#   ~/.local/bin/kamdesk             a link to it, for the terminal
#   ~/.local/share/applications/     kamdesk.desktop: the applications menu entry
#   ~/.local/share/mime/, icons/     .kamdesk files open in KAMdesk on double-click, with its icon
#
# Portfolios, backups and settings live elsewhere (~/.local/share/KAMdesk, ~/.config) and are
# never touched. ~/.local/share/kamdesk-app/uninstall.sh removes what this script installed.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
app_dir="$data_home/kamdesk-app"
bin_dir="$HOME/.local/bin"

fail() {
    echo "install.sh: $*" >&2
    exit 1
}

[[ -x "$here/KAMdesk/KAMdesk" ]] || fail "no KAMdesk/KAMdesk beside this script: unpack the whole archive first"
# The menu entry quotes the app's path; these characters would need escaping that menus differ on.
[[ "$app_dir" != *[\"\`\$\\]* ]] || fail "the folder $app_dir has a character (\" \` \$ \\) a menu entry cannot hold"

# Copy beside the old version first, then swap: a failed copy (full disk) leaves it working.
mkdir -p "$data_home"
rm -rf "$app_dir.new" "$app_dir.old"
cp -R "$here/KAMdesk" "$app_dir.new" || { rm -rf "$app_dir.new"; fail "could not copy the app into $data_home"; }
cp "$here/uninstall.sh" "$app_dir.new/uninstall.sh"
chmod +x "$app_dir.new/uninstall.sh"
if [[ -e "$app_dir" ]]; then mv "$app_dir" "$app_dir.old"; fi
mv "$app_dir.new" "$app_dir"
rm -rf "$app_dir.old"

mkdir -p "$bin_dir"
ln -sfn "$app_dir/KAMdesk" "$bin_dir/kamdesk"

icons="$data_home/icons/hicolor/256x256"
install -D -m 644 "$here/kamdesk.png" "$icons/apps/kamdesk.png"
install -D -m 644 "$here/kamdesk.png" "$icons/mimetypes/application-x-kamdesk.png"
install -D -m 644 "$here/kamdesk-mime.xml" "$data_home/mime/packages/kamdesk.xml"

# The menu entry runs the app by its full path: ~/.local/bin is not on every desktop's PATH.
desktop="$data_home/applications/kamdesk.desktop"
mkdir -p "$(dirname "$desktop")"
while IFS= read -r line; do
    case "$line" in
    Exec=*) echo "Exec=\"$app_dir/KAMdesk\" %f" ;;
    TryExec=*) echo "TryExec=$app_dir/KAMdesk" ;;
    *) echo "$line" ;;
    esac
done <"$here/kamdesk.desktop" >"$desktop"

# Refresh the desktop's caches where their tools exist (a desktop without them rescans itself).
refresh() { if command -v "$1" >/dev/null; then "$@" >/dev/null 2>&1 || true; fi; }
refresh update-mime-database "$data_home/mime"
refresh update-desktop-database "$data_home/applications"
refresh gtk-update-icon-cache -q -t -f "$data_home/icons/hicolor"
refresh xdg-mime default kamdesk.desktop application/x-kamdesk

echo "KAMdesk $("$app_dir/KAMdesk" --version 2>/dev/null | awk '{print $2}') is installed."
echo "Start it from your applications menu, or by double-clicking a .kamdesk file."
case ":$PATH:" in
*":$bin_dir:"*) echo "In a terminal: kamdesk" ;;
*) echo "In a terminal: $bin_dir/kamdesk" ;;
esac

# Qt's X11 support needs a few system libraries every desktop has; name any that are missing.
xcb_plugin="$app_dir/_internal/PySide6/Qt/plugins/platforms/libqxcb.so"
missing=""
if [[ -f "$xcb_plugin" ]] && command -v ldd >/dev/null; then
    missing="$( (ldd "$xcb_plugin" 2>/dev/null || true) | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')"
fi
if [[ -n "$missing" ]]; then
    echo "Note: this system lacks $missing- KAMdesk may not open on X11 until they are installed" >&2
    echo "(Debian/Ubuntu: sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1)." >&2
fi
