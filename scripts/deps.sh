#!/usr/bin/env bash
# Installs the system packages Canopy needs, on Debian and Ubuntu, when they
# are missing; elsewhere it says what to install.
# Usage: scripts/deps.sh build|run|test|windows|icons
set -euo pipefail

want=${1:-build}
# Go, gcc and the X11/OpenGL headers build the desktop window (cgo + GLFW).
pkgs=(gcc pkg-config libgl1-mesa-dev xorg-dev)
case "$want" in
  run)  [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || pkgs+=(xvfb) ;;
  # The Windows build cross-compiles the C parts with mingw-w64.
  windows) pkgs+=(gcc-mingw-w64-x86-64 xz-utils) ;;
  icons) pkgs=(librsvg2-bin) ;;
  # The PDF brief is checked with qpdf, pdftotext and pdffonts; the roadmap
  # page (HTML) in headless chromium; team work runs git.
  test) pkgs+=(xvfb xdotool imagemagick libreoffice-calc-nogui gcc-mingw-w64-x86-64 xz-utils make qpdf poppler-utils chromium git) ;;
esac

if ! command -v go >/dev/null 2>&1; then
  echo "Go is missing: install Go 1.26 or later (https://go.dev/doc/install), then run this again." >&2
  exit 1
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  # Not Debian or Ubuntu: check the essentials and say what to install.
  if [ "$(uname -s)" = Linux ] && ! command -v gcc >/dev/null 2>&1; then
    echo "Install a C compiler and the X11/OpenGL development headers (Fedora: gcc libXcursor-devel libXrandr-devel mesa-libGL-devel libXi-devel libXinerama-devel libXxf86vm-devel; Arch: gcc libxcursor libxrandr libxinerama libxi mesa)." >&2
    exit 1
  fi
  if [ "$want" = windows ] && ! command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1; then
    echo "Install the MinGW-w64 cross compiler for x86-64 (Fedora: mingw64-gcc; Arch: mingw-w64-gcc; macOS: brew install mingw-w64)." >&2
    exit 1
  fi
  if [ "$(uname -s)" = Darwin ] && ! xcode-select -p >/dev/null 2>&1; then
    echo "Install the Xcode command line tools: xcode-select --install" >&2
    exit 1
  fi
  exit 0
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing system packages: ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Run as root or install sudo, or install: ${missing[*]}" >&2; exit 1; }
  sudo=sudo
fi
apt() { $sudo env LC_ALL=C DEBIAN_FRONTEND=noninteractive apt-get "$@"; }
apt update -qq
apt install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
