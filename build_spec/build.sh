#!/usr/bin/env bash
# Builds the one-folder app into build/dist/KAMdesk (macOS: also build/dist/KAMdesk.app).
# Usage: build_spec/build.sh [extra pyinstaller options]; KAMDESK_NO_PRUNE=1 keeps every Qt file.
set -euo pipefail
cd "$(dirname "$0")/.."
PYINSTALLER="${PYINSTALLER:-pyinstaller}"
"$PYINSTALLER" --noconfirm --clean --log-level WARN \
    --distpath build/dist --workpath build/work build_spec/kamdesk.spec "$@"
echo "built: build/dist/KAMdesk ($(du -sh build/dist/KAMdesk | cut -f1))"
