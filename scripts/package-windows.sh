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

# The resource object must sit beside main.go to be linked in. It is made
# for this build only, in a copy of the sources: written into the tree, it
# would be seen (and then vanish) under `go vet` and `go test` of the root
# package running beside this build in `make test`.
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
tar -C "$root" --exclude=./.git --exclude=./dist --exclude=./.tools --exclude='./*.syso' \
  --exclude='./shot*.png' -cf - . | tar -C "$stage" -xf -
"$winres" make --in packaging/windows/winres.json --arch amd64 --out "$stage/rsrc" \
  --product-version "$version.$build" --file-version "$version.$build"

mkdir -p dist
(cd "$stage" && CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=$cc \
  go build -trimpath -ldflags "-H=windowsgui -s -w -X canopy/cli.Version=$version" -o "$root/dist/canopy.exe.tmp" .)
mv dist/canopy.exe.tmp dist/canopy.exe
echo "$root/dist/canopy.exe ($(du -h dist/canopy.exe | cut -f1))"
