#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Habeas needs, only those that are missing.
#   scripts/deps.sh build   what building and running needs
#   scripts/deps.sh test    that, plus what the test suite needs (clang-format-16 for the format
#                           check; scripts/tidy: clang-tidy-16),
#                           PostgreSQL 15 among it: the tests start their own cluster
#   scripts/deps.sh clang   what building needs, plus Clang 16 (scripts/test-clang)
#   scripts/deps.sh asan    test, plus Clang's sanitizer runtimes, libFuzzer and llvm-symbolizer
#                           (scripts/fuzz, scripts/test-sanitize); test and asan together are
#                           everything CI (.ci/run) needs on a fresh Debian 12
set -euo pipefail

build=(cmake ninja-build g++ ccache pkg-config
       qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
       qt6-translations-l10n qt6-charts-dev libqt6opengl6-dev libgl-dev
       fonts-wqy-zenhei libquazip1-qt6-dev libsodium-dev libpoppler-qt6-dev libkainjow-mustache-dev qtkeychain-qt6-dev
       tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng)
test=(xvfb xauth poppler-utils sqlite3 unzip libreoffice-writer-nogui qpdf strace appstream
      python3 clang-tidy-16 clang-format-16
      postgresql-15)   # initdb/pg_ctl for tests/support/pgcluster; pg_trgm is in this package
clang=(clang-16)
asan=(clang-16 libclang-rt-16-dev libfuzzer-16-dev llvm)

wanted=("${build[@]}")
[ "${1:-build}" = test ] && wanted+=("${test[@]}")
[ "${1:-build}" = clang ] && wanted+=("${clang[@]}")
[ "${1:-build}" = asan ] && wanted+=("${test[@]}" "${asan[@]}")

missing=()
for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
