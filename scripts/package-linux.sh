#!/usr/bin/env bash
# Builds dist/canopy-VERSION-linux-amd64.tar.xz: `fyne package` lays out the
# binary, the .desktop entry and the icon; this adds the icon in every size
# (hicolor theme, and the SVG) and the archive's own Makefile
# (packaging/linux/Makefile: `make user-install`, `sudo make install`).
# Usage: scripts/package-linux.sh FYNE VERSION   (run by `make package-linux`)
set -euo pipefail

fyne=$1 version=$2
root=$(cd "$(dirname "$0")/.." && pwd)
name=canopy-$version-linux-amd64
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

# The binary, built once here with the version stamped in (without
# -trimpath, so that it reuses what `go test` and `make build` compiled).
(cd "$root" && go build -ldflags "-s -w -X canopy/cli.Version=$version" -o "$stage/bin/canopy" .)

# `fyne package` reads FyneApp.toml from --src and rewrites it (its Build
# goes up by one): give it a copy, so the tree stays as it is.
mkdir -p "$stage/src"
cp "$root/FyneApp.toml" "$stage/src/"
printf 'package main\n' > "$stage/src/main.go" # fyne wants Go code in --src
(cd "$stage/src" && "$fyne" package -os linux --exe "$stage/bin/canopy" --src "$stage/src" \
  --icon "$root/assets/icon/canopy-512.png" --release >/dev/null)

# Its archive holds canopy/usr/local/{bin,share/applications,share/pixmaps}.
mkdir -p "$stage/out"
tar -xJf "$stage/src/Canopy.tar.xz" -C "$stage/out"
pkg=$stage/out/$name
[ -d "$stage/out/canopy/usr/local/bin" ] || { echo "fyne package laid the archive out differently than expected" >&2; exit 1; }
mv "$stage/out/canopy" "$pkg"
share=$pkg/usr/local/share
for s in 16 24 32 48 64 128 256 512; do
  install -Dm0644 "$root/assets/icon/canopy-$s.png" "$share/icons/hicolor/${s}x$s/apps/dev.canopy.app.png"
done
install -Dm0644 "$root/assets/icon/canopy.svg" "$share/icons/hicolor/scalable/apps/dev.canopy.app.svg"
cp "$root/packaging/linux/Makefile" "$pkg/Makefile"
cp "$root/packaging/linux/README" "$pkg/README"

# A reproducible archive: fixed order, owner and times.
mkdir -p "$root/dist"
out=$root/dist/$name.tar.xz
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$stage/out" -cJf "$out.tmp" "$name"
mv "$out.tmp" "$out"
echo "$out ($(du -h "$out" | cut -f1))"
