#!/usr/bin/env bash
# Gradescope runs this once, as root, while it builds the autograder's image (Ubuntu base image).
# It installs the .NET SDK and bubblewrap, builds the grader and compiles the hidden suites, so that
# every student's grade starts warm. This is the only step that needs the network.
set -euo pipefail
source_folder="$(cd "$(dirname "$0")" && pwd)"
course="$source_folder/course"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

apt-get update -qq
# bubblewrap sandboxes learner code where the container allows it; the grader falls back to no sandbox where it does not.
apt-get install -y -qq curl ca-certificates libicu-dev bubblewrap >/dev/null

if ! command -v dotnet >/dev/null 2>&1; then
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir /usr/share/dotnet
  ln -sf /usr/share/dotnet/dotnet /usr/local/bin/dotnet
fi

dotnet build "$course/grader/Grader" -c Release -v quiet
dotnet "$course/grader/Grader/bin/Release/net10.0/grader.dll" suites >/dev/null
echo "The autograder is ready: the grader is built and the hidden suites are compiled."
