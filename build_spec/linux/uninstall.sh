#!/usr/bin/env bash
# Removes what install.sh installed for you: the app, its menu entry, icon, file type and link.
# Your portfolios, backups and settings (~/.local/share/KAMdesk, ~/.config) stay where they are.
set -euo pipefail

data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
app_dir="$data_home/kamdesk-app"
link="$HOME/.local/bin/kamdesk"

# Only our own link: a kamdesk installed some other way (pip) stays.
if [[ -L "$link" && "$(readlink "$link")" == "$app_dir/KAMdesk" ]]; then rm -f "$link"; fi
rm -f "$data_home/applications/kamdesk.desktop" \
    "$data_home/icons/hicolor/256x256/apps/kamdesk.png" \
    "$data_home/icons/hicolor/256x256/mimetypes/application-x-kamdesk.png" \
    "$data_home/mime/packages/kamdesk.xml"
rm -rf "$app_dir" "$app_dir.new" "$app_dir.old"

refresh() { if command -v "$1" >/dev/null; then "$@" >/dev/null 2>&1 || true; fi; }
refresh update-mime-database "$data_home/mime"
refresh update-desktop-database "$data_home/applications"
refresh gtk-update-icon-cache -q -t -f "$data_home/icons/hicolor"

echo "KAMdesk is uninstalled. Your portfolios were not touched; backups, logs and settings"
echo "stay in $data_home/KAMdesk and ${XDG_CONFIG_HOME:-$HOME/.config}/KAMdesk."
