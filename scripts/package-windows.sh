#!/usr/bin/env bash
# Cross-builds dist/canopy.exe for Windows x86-64 with mingw-w64 (cgo, for
# the GLFW window): a GUI program (no console window) with the app icon,
# a manifest and the version resource (packaging/windows/winres.json,
# compiled by go-winres into a .syso that the Go linker embeds).
# Usage: scripts/package-windows.sh GO_WINRES VERSION BUILD CC   (run by `make package-windows`)
set -euo pipefail

winres=$1 version=$2 build=$3 cc=$4
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# The resource object must sit beside main.go to be linked in; it is made
# for this build only (ignored by git: the version changes it).
syso=$root/rsrc_windows_amd64.syso
trap 'rm -f "$syso"' EXIT
"$winres" make --in packaging/windows/winres.json --arch amd64 --out "$root/rsrc" \
  --product-version "$version.$build" --file-version "$version.$build"

mkdir -p dist
CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=$cc \
  go build -trimpath -ldflags "-H=windowsgui -s -w -X canopy/cli.Version=$version" -o dist/canopy.exe.tmp .
mv dist/canopy.exe.tmp dist/canopy.exe
echo "$root/dist/canopy.exe ($(du -h dist/canopy.exe | cut -f1))"
