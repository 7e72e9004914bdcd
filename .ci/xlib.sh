# Shared helpers for the scripts that drive the real window under Xvfb
# (.ci/keys, .ci/monkey, .ci/sigterm). Source it; it defines functions only.
#
#   x_display [N]      sets DISPLAY: :N if given, else the first free from :120
#   x_start WxH        starts Xvfb on $DISPLAY (killed by x_cleanup)
#   app_start BIN ARGS starts copydesk with a fresh HOME; sets $app, $home, $session
#   wait_session SECS  waits until the app has written its session (batch listed)
#   x_cleanup          kills what these functions started, by PID

APP_ID=io.github.copydesk.copydesk

x_display() {
  if [ -n "${1:-}" ]; then export DISPLAY=":${1#:}"; return; fi
  local n
  for n in $(seq 120 199); do
    if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then export DISPLAY=":$n"; return; fi
  done
  echo "no free X display in :120-:199" >&2; return 1
}

x_start() {
  if xdpyinfo -display "$DISPLAY" >/dev/null 2>&1; then return; fi # already up (a local run on your own display)
  Xvfb "$DISPLAY" -screen 0 "${1:-1280x800}x24" -nolisten tcp >"${XLOG:-/dev/null}" 2>&1 &
  xvfb_pid=$!
  local i
  for i in $(seq 50); do xdpyinfo -display "$DISPLAY" >/dev/null 2>&1 && return; sleep 0.1; done
  echo "Xvfb did not start on $DISPLAY" >&2; return 1
}

# app_start BIN [ARGS...]: a fresh user each time, so the run never reads
# the developer's session or preferences. Reuses $home when KEEP_HOME=1.
app_start() {
  local bin=$1; shift
  if [ "${KEEP_HOME:-0}" != 1 ] || [ -z "${home:-}" ]; then home=$(mktemp -d); fi
  store="$home/.config/fyne/$APP_ID"
  session="$store/session.json"
  HOME=$home XDG_CONFIG_HOME=$home/.config LANG=${LANG:-en_US.UTF-8} "$bin" "$@" >>"$home/app.log" 2>&1 &
  app=$!
}

# wait_session SECS: true once session.json exists and the process lives.
wait_session() {
  local i
  for i in $(seq $(( ${1:-30} * 20 ))); do
    kill -0 "$app" 2>/dev/null || { echo "copydesk exited early:"; cat "$home/app.log"; return 1; }
    [ -s "$session" ] && return 0
    sleep 0.05
  done
  echo "no session written after ${1:-30} s"; return 1
}

# shot FILE [GEOMETRY]: a screenshot of the screen or a part of it.
shot() {
  if [ -n "${2:-}" ]; then import -display "$DISPLAY" -window root -crop "$2" +repage "$1"
  else import -display "$DISPLAY" -window root "$1"; fi
}

# differ A B: true when two images differ in any pixel.
differ() {
  local ae
  ae=$(compare -metric AE "$1" "$2" null: 2>&1 || true)
  [ "${ae%% *}" != 0 ]
}

x_cleanup() {
  if [ -n "${app:-}" ]; then kill "$app" 2>/dev/null; wait "$app" 2>/dev/null; fi
  [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null
  return 0
}
