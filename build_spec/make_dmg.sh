#!/usr/bin/env bash
# macOS disk image: builds KAMdesk.app (build.sh) and packs it into
# build/dist/KAMdesk-VERSION-macos-ARCH.dmg, with a link to Applications to drag it onto.
# Usage (on a Mac): build_spec/make_dmg.sh [--no-build]   (--no-build packs the app already built)
#
# Signing is optional. Unsigned, macOS refuses the first start: the user opens it once from
# System Settings > Privacy & Security > "Open Anyway". To sign and notarize instead, set
#   KAMDESK_CODESIGN_IDENTITY="Developer ID Application: Name (TEAMID)"
#   KAMDESK_NOTARY_PROFILE=name-of-a-notarytool-keychain-profile   (optional, needs the identity)
set -euo pipefail
cd "$(dirname "$0")/.."

[[ "$(uname -s)" == Darwin ]] || { echo "make_dmg.sh: hdiutil and codesign exist only on macOS" >&2; exit 1; }
if [[ "${1:-}" != "--no-build" ]]; then bash build_spec/build.sh; fi
app=build/dist/KAMdesk.app
[[ -d "$app" ]] || { echo "make_dmg.sh: no $app; build it first" >&2; exit 1; }

version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' kamdesk/__init__.py)"
dmg="build/dist/KAMdesk-$version-macos-$(uname -m).dmg"

if [[ -n "${KAMDESK_CODESIGN_IDENTITY:-}" ]]; then
    # Hardened runtime, as notarization requires; --deep signs the Qt frameworks inside too.
    codesign --force --deep --options runtime --timestamp \
        --sign "$KAMDESK_CODESIGN_IDENTITY" "$app"
    codesign --verify --deep --strict "$app"
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "KAMdesk $version" -srcfolder "$staging" -fs HFS+ -format UDZO \
    -ov "$dmg"

if [[ -n "${KAMDESK_CODESIGN_IDENTITY:-}" ]]; then
    codesign --force --timestamp --sign "$KAMDESK_CODESIGN_IDENTITY" "$dmg"
    if [[ -n "${KAMDESK_NOTARY_PROFILE:-}" ]]; then
        xcrun notarytool submit "$dmg" --keychain-profile "$KAMDESK_NOTARY_PROFILE" --wait
        xcrun stapler staple "$dmg"
    fi
fi
echo "packed: $dmg ($(du -m "$dmg" | cut -f1) MB; $(du -sm "$app" | cut -f1) MB installed)"
