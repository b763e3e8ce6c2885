#!/usr/bin/env bash
# Builds dist/Canopy.app and dist/canopy-VERSION-darwin-ARCH.zip on a Mac:
# the binary built here, bundled by `fyne package -os darwin` (Info.plist,
# the icon as .icns). Run on macOS with the Xcode command line tools; it
# cannot cross-build from Linux (cgo against the macOS SDK).
# Usage: scripts/package-darwin.sh FYNE VERSION   (run by `make package-darwin`)
set -euo pipefail

fyne=$1 version=$2
root=$(cd "$(dirname "$0")/.." && pwd)
arch=$(go env GOARCH)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

(cd "$root" && go build -ldflags "-s -w -X canopy/cli.Version=$version" -o "$stage/bin/canopy" .)
# As for Linux: fyne package rewrites the FyneApp.toml it reads; give it a copy.
mkdir -p "$stage/src"
cp "$root/FyneApp.toml" "$stage/src/"
printf 'package main\n' > "$stage/src/main.go"
(cd "$stage/src" && "$fyne" package -os darwin --exe "$stage/bin/canopy" --src "$stage/src" \
  --icon "$root/assets/icon/canopy-512.png")

mkdir -p "$root/dist"
rm -rf "$root/dist/Canopy.app"
mv "$stage/src/Canopy.app" "$root/dist/"
(cd "$root/dist" && rm -f "canopy-$version-darwin-$arch.zip" && ditto -c -k --keepParent Canopy.app "canopy-$version-darwin-$arch.zip")
echo "$root/dist/Canopy.app, $root/dist/canopy-$version-darwin-$arch.zip"
