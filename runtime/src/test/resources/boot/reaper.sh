#!/bin/sh
# Stand-in for the stage1 image's /reaper.sh: records the app's exit status in /rkt/status/<app>.
mkdir -p /rkt/status
/usr/bin/systemctl show --property ExecMainStatus --value "$1.service" > "/rkt/status/$1"
