#!/usr/bin/env bash
# Linux package: builds the app (build.sh) and packs it with its installer into
# build/dist/KAMdesk-VERSION-linux-ARCH.tar.gz. The user unpacks it and runs ./install.sh
# (per user, no root; see build_spec/linux/install.sh).
# Usage: build_spec/make_tarball.sh [--no-build]   (--no-build packs the bundle already built)
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" != "--no-build" ]]; then bash build_spec/build.sh; fi
bundle=build/dist/KAMdesk
[[ -x "$bundle/KAMdesk" ]] || { echo "make_tarball.sh: no $bundle/KAMdesk; build it first" >&2; exit 1; }

version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' kamdesk/__init__.py)"
name="KAMdesk-$version-linux-$(uname -m)"
staging="build/package/$name"
rm -rf "build/package"
mkdir -p "$staging"
cp -R "$bundle" "$staging/KAMdesk"
cp build_spec/linux/install.sh build_spec/linux/uninstall.sh build_spec/linux/kamdesk.desktop \
    build_spec/linux/kamdesk-mime.xml build_spec/linux/README.txt resources/icons/kamdesk.png \
    "$staging/"
chmod +x "$staging/install.sh" "$staging/uninstall.sh"

archive="build/dist/$name.tar.gz"
tar -C build/package --owner=0 --group=0 --numeric-owner -czf "$archive" "$name"
rm -rf "build/package"
echo "packed: $archive ($(du -m "$archive" | cut -f1) MB; $(du -sm "$bundle" | cut -f1) MB installed)"
