#!/usr/bin/env bash
# Installs the Debian packages ssfcalc needs, if any is missing. Sourced by
# ./run-demo and ./run-tests; safe to run again (it does nothing then).
set -euo pipefail

SSF_PACKAGES=(
  cmake g++ make zip python3 python3-uno           # build and glue
  libreoffice-dev libreoffice-calc-nogui           # SDK, headless Calc
  catch2 libboost-dev libboost-program-options-dev # tests, batch tool
  nlohmann-json3-dev                               # rollup.json of the batch tool
  clang libclang-rt-dev                            # fuzzers and sanitizers (the release's default clang)
  util-linux procps                                # setpriv, pgrep
  poppler-utils                                    # pdftoppm: PNG renders of the samples
  libutf8proc-dev                                  # Unicode case folding of labels (core, linked statically)
)
# Language packs for the Function Wizard tests (German, French, Spanish,
# Japanese UI), installed without their recommends: they recommend
# libreoffice-core, which would replace the headless libreoffice-core-nogui.
SSF_LANGUAGE_PACKAGES=(libreoffice-l10n-de libreoffice-l10n-fr libreoffice-l10n-es libreoffice-l10n-ja)

ssf_missing_packages() {
  local missing=() p
  for p in "${SSF_PACKAGES[@]}" "${SSF_LANGUAGE_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  echo "${missing[@]:-}"
}

ssf_install_deps() {
  local missing
  missing=$(ssf_missing_packages)
  [ -z "$missing" ] && return 0
  echo "ssfcalc: installing Debian packages: $missing" >&2
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo=(sudo)
    else
      echo "ssfcalc: these packages are missing and I am not root: $missing" >&2
      echo "ssfcalc: install them with: sudo apt-get install $missing" >&2
      return 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  local p base=() lang=()
  for p in $missing; do
    if [[ " ${SSF_LANGUAGE_PACKAGES[*]} " == *" $p "* ]]; then lang+=("$p"); else base+=("$p"); fi
  done
  [ ${#base[@]} -eq 0 ] || "${sudo[@]}" apt-get install -y -qq "${base[@]}" >/dev/null
  [ ${#lang[@]} -eq 0 ] || "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${lang[@]}" >/dev/null
}
