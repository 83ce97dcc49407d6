#!/usr/bin/env bash
# Installs Debian's Chromium, ChromeDriver and a CJK font for the browser test (never a downloaded browser build).
# Needs root (CI runs as root); elsewhere it says what is missing and the browser test is skipped.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
   && [ -d /usr/share/fonts/opentype/noto ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "chromium/chromedriver missing and not root: the browser test will be skipped" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# fonts-noto-cjk: screenshots of the page show Chinese text instead of empty boxes
apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
