#!/usr/bin/env bash
# Runs the gateway's backing services for tests and local work: PostgreSQL 15, RabbitMQ and an
# OpenSSH SFTP server, all on loopback, all state under one directory, without systemd or Docker.
#
#   bash scripts/services.sh start | stop | status | env
#
# `start` reuses whatever is already running and writes $X12GW_SERVICES_DIR/env (export lines for
# DATABASE_URL, PG*, AMQP_URL, SFTP_*). Background and traps: ../shared/docs/stack.md §4–5.
# shellcheck disable=SC2016 # the bash -c/node -e snippets get their values as arguments, on purpose
set -euo pipefail

STATE=$(realpath -m "${X12GW_SERVICES_DIR:-/tmp/x12gw-services}")
PG_PORT=${X12GW_PG_PORT:-5432}
AMQP_PORT=${X12GW_AMQP_PORT:-5672}
# Erlang's default is AMQP port + 20000, which leaves the valid range for AMQP ports above 45535.
DIST_PORT=${X12GW_AMQP_DIST_PORT:-25672}
EPMD_PORT=${X12GW_EPMD_PORT:-4369}
SFTP_PORT=${X12GW_SFTP_PORT:-2222}
RABBIT_NODE=${X12GW_RABBIT_NODE:-x12gw-rabbit@localhost}
SFTP_USER=${X12GW_SFTP_USER:-x12gw-sftp}
SFTP_PASSWORD=${X12GW_SFTP_PASSWORD:-x12gw-sftp}
TIMEOUT=${X12GW_SERVICES_TIMEOUT:-120} # seconds; RabbitMQ boot took up to 18 s under load

PG_DIR=$STATE/postgres
PG_DATA=$PG_DIR/data
RMQ_DIR=$STATE/rabbitmq
SFTP_DIR=$STATE/sftp
SFTP_HOME=$SFTP_DIR/home
SFTP_ROOT=$SFTP_HOME/upload
ENV_FILE=$STATE/env
RMQ_LIB=/usr/lib/rabbitmq/bin # the real scripts; /usr/sbin ones re-exec through `su` as root
SSHD=/usr/sbin/sshd           # absolute, because sshd re-executes itself

log() { printf 'services: %s\n' "$*" >&2; }
die() { printf 'services: ERROR: %s\n' "$*" >&2; exit 1; }
now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }
since() { local ms=$(($(now_ms) - $1)); printf '%d.%d s' $((ms / 1000)) $((ms % 1000 / 100)); }

# --- processes and ports (/proc and /dev/tcp: procps and iproute2 are not on a bare Debian) -------

# alive PID [COMM]: running, not a zombie (PID 1 may be slow to reap after kill -9), optionally
# with the expected command name, so a recycled pid from a stale pid file doesn't count.
alive() {
  local pid=${1:-} stat rest
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
  rest=${stat##*) }
  [[ ${rest:0:1} != [ZX] ]] || return 1
  [[ -z ${2:-} || $(cat "/proc/$pid/comm" 2>/dev/null) == "$2" ]]
}
zombie() { local s; s=$(cat "/proc/$1/stat" 2>/dev/null) || return 1; s=${s##*) }; [[ ${s:0:1} == Z ]]; }
pid_from() { if [[ -r $1 ]]; then head -n1 "$1" | tr -dc 0-9; fi; }

port_open() { timeout 1 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0"' "$1" 2>/dev/null; }

# Names the process listening on a TCP port, for the conflict message (best effort).
port_owner() {
  local hex inode fd
  hex=$(printf '%04X' "$1")
  inode=$(awk -v p=":$hex" '$2 ~ p"$" && $4 == "0A" {print $10; exit}' /proc/net/tcp /proc/net/tcp6 2>/dev/null)
  [[ -n $inode ]] || return 0
  for fd in /proc/[0-9]*/fd/*; do
    if [[ $(readlink "$fd" 2>/dev/null) == "socket:[$inode]" ]]; then
      fd=${fd#/proc/}; fd=${fd%%/*}
      printf 'pid %s (%s)' "$fd" "$(cat "/proc/$fd/comm" 2>/dev/null)"
      return 0
    fi
  done
}

children_of() {
  local f s
  for f in /proc/[0-9]*/stat; do
    s=$(cat "$f" 2>/dev/null) || continue
    s=${s##*) }; s=${s#* }
    [[ ${s%% *} == "$1" ]] && { f=${f#/proc/}; echo "${f%%/*}"; }
  done
  return 0
}

# Sends TERM, waits, then KILL: for processes we started and recorded ourselves.
kill_wait() {
  local pid=$1 comm=$2 i
  alive "$pid" "$comm" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do alive "$pid" "$comm" || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}

# --- readiness probes ---------------------------------------------------------------------------

# A real AMQP handshake: the broker answers the protocol header with Connection.Start, a method
# frame (type byte 0x01). `rabbitmqctl await_startup` costs ~1 s per call and polls every 10 s.
amqp_ready() {
  local first
  first=$(timeout 3 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0" || exit 1
    printf "AMQP\x00\x00\x09\x01" >&3; head -c1 <&3 | od -An -tx1' "$AMQP_PORT" 2>/dev/null) || return 1
  [[ ${first// /} == 01 ]]
}
sftp_ready() {
  [[ $(timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0" || exit 1; head -c7 <&3' "$SFTP_PORT" 2>/dev/null) == SSH-2.0 ]]
}

# --- installation -------------------------------------------------------------------------------

find_pg_bin() {
  local d
  if [[ -n ${X12GW_PG_BIN:-} ]]; then echo "$X12GW_PG_BIN"; return; fi
  if d=$(command -v pg_ctl) && [[ -x $(dirname "$(readlink -f "$d")")/initdb ]]; then
    dirname "$(readlink -f "$d")"; return
  fi
  for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r); do
    [[ -x $d/pg_ctl && -x $d/initdb ]] && { echo "$d"; return; }
  done
  return 0
}

install_missing() {
  local need=() opts=(-y --no-install-recommends -o DPkg::Lock::Timeout=120) t0 made_policy=
  [[ -x $RMQ_LIB/rabbitmq-server ]] || need+=(rabbitmq-server)
  [[ -x $SSHD ]] || need+=(openssh-server)
  [[ -n $(find_pg_bin) ]] || need+=(postgresql)
  ((${#need[@]})) || return 0

  t0=$(now_ms)
  log "installing ${need[*]} with apt-get (log: $STATE/apt.log)"
  # Package scripts must not start the system's own rabbitmq/sshd/postgres cluster: they would take
  # our ports. Images usually carry a policy-rc.d that says no (exit 101); add one only if absent.
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    made_policy=1
  fi
  export DEBIAN_FRONTEND=noninteractive
  local ok=1
  if ! apt-get install "${opts[@]}" "${need[@]}" >>"$STATE/apt.log" 2>&1; then
    log "apt-get install failed; running apt-get update and trying once more"
    apt-get update -o DPkg::Lock::Timeout=120 >>"$STATE/apt.log" 2>&1 || true
    apt-get install "${opts[@]}" "${need[@]}" >>"$STATE/apt.log" 2>&1 || ok=
  fi
  [[ -z $made_policy ]] || rm -f /usr/sbin/policy-rc.d
  [[ -n $ok ]] || { tail -n 30 "$STATE/apt.log" >&2; die "could not install ${need[*]} (see $STATE/apt.log)"; }
  log "installed ${need[*]} in $(since "$t0")"
}

# --- PostgreSQL ---------------------------------------------------------------------------------

PG_BIN=
pg_pid() { pid_from "$PG_DATA/postmaster.pid"; }
pg_running() { alive "$(pg_pid)" postgres; }
pg_isready_() { "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 1; }
as_pg() { (cd / && runuser -u postgres -- "$@"); }

start_pg() {
  local t0 pid i
  t0=$(now_ms)
  if pg_running; then
    pg_isready_ || die "postgres (pid $(pg_pid)) runs but does not answer on 127.0.0.1:$PG_PORT; was it started with another port? Run stop first"
  else
    # After kill -9 the postmaster can linger as an unreaped zombie; postgres then refuses to start
    # because its lock files name a pid that still "exists". Give PID 1 a moment, then drop them.
    pid=$(pg_pid)
    if [[ -n $pid ]] && zombie "$pid"; then
      for ((i = 0; i < 100; i++)); do zombie "$pid" || break; sleep 0.1; done
      zombie "$pid" && rm -f "$PG_DATA/postmaster.pid" "$PG_DIR/run/.s.PGSQL.$PG_PORT.lock"
    fi
    if [[ ! -s $PG_DATA/PG_VERSION ]]; then
      rm -rf "$PG_DATA"
      # --no-sync: a scratch cluster for tests; losing it on a power cut costs nothing.
      as_pg "$PG_BIN/initdb" --no-sync -D "$PG_DATA" -U postgres -E UTF8 --no-locale \
        --auth-local=trust --auth-host=scram-sha-256 >"$PG_DIR/initdb.log" 2>&1 ||
        { tail -n 20 "$PG_DIR/initdb.log" >&2; die "initdb failed (see $PG_DIR/initdb.log)"; }
      echo "include 'x12gw.conf'" >>"$PG_DATA/postgresql.conf"
    fi
    # Rewritten on every start so a changed X12GW_PG_PORT takes effect; the socket lives in our dir,
    # away from a system cluster's /run/postgresql. Durability is off: this is throwaway test data.
    cat >"$PG_DATA/x12gw.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DIR/run'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
    chown postgres:postgres "$PG_DATA/x12gw.conf"
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DIR/postgres.log" -w -t "$TIMEOUT" start </dev/null >"$PG_DIR/pg_ctl.log" 2>&1 9>&- ||
      { tail -n 20 "$PG_DIR/postgres.log" >&2; die "postgres did not start on 127.0.0.1:$PG_PORT (see $PG_DIR/postgres.log)"; }
    for ((i = 0; i < TIMEOUT * 10; i++)); do pg_isready_ && break; sleep 0.1; done
    pg_isready_ || die "postgres did not accept connections on 127.0.0.1:$PG_PORT within $TIMEOUT s"
  fi
  # Idempotent, so an interrupted first start heals on the next one.
  as_pg "$PG_BIN/psql" -q -X -v ON_ERROR_STOP=1 -h "$PG_DIR/run" -p "$PG_PORT" -U postgres -d postgres >/dev/null <<'SQL'
SELECT 'CREATE ROLE app WITH LOGIN CREATEDB PASSWORD ''app'''
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'app') \gexec
SELECT 'CREATE DATABASE app OWNER app'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'app') \gexec
-- DROP DATABASE … WITH (FORCE) of a test database also ends an autovacuum worker busy in it,
-- which a plain role may not signal.
GRANT pg_signal_backend TO app;
SQL
  log "postgres ready on 127.0.0.1:$PG_PORT ($(since "$t0"))"
}

stop_pg() {
  pg_running || return 0
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null
  log "postgres stopped"
}

# --- RabbitMQ -----------------------------------------------------------------------------------

rmq_pid() { pid_from "$RMQ_DIR/rabbit.pid"; }
rmq_running() { alive "$(rmq_pid)" beam.smp; }
epmd_pid() { pid_from "$RMQ_DIR/epmd.pid"; }
epmd_running() { alive "$(epmd_pid)" epmd; }

# Everything the server and the CLI need to agree on: node name, cookie (via HOME), epmd, and
# loopback-only Erlang distribution (by default it and epmd listen on all interfaces).
rmq_env() {
  echo HOME=/var/lib/rabbitmq
  echo RABBITMQ_NODENAME="$RABBIT_NODE"
  echo RABBITMQ_CONF_ENV_FILE="$RMQ_DIR/rabbitmq-env.conf"
  echo RABBITMQ_CONFIG_FILE="$RMQ_DIR/rabbitmq.conf"
  echo RABBITMQ_ADVANCED_CONFIG_FILE="$RMQ_DIR/advanced.config"
  echo RABBITMQ_ENABLED_PLUGINS_FILE="$RMQ_DIR/enabled_plugins"
  echo RABBITMQ_MNESIA_BASE="$RMQ_DIR/mnesia"
  echo RABBITMQ_LOG_BASE="$RMQ_DIR/log"
  echo RABBITMQ_PID_FILE="$RMQ_DIR/rabbit.pid"
  echo RABBITMQ_DIST_PORT="$DIST_PORT"
  echo "RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS=-kernel inet_dist_use_interface {127,0,0,1}"
  echo "RABBITMQ_CTL_ERL_ARGS=-kernel inet_dist_use_interface {127,0,0,1}"
  echo ERL_EPMD_ADDRESS=127.0.0.1
  echo ERL_EPMD_PORT="$EPMD_PORT"
}
as_rabbit() {
  local envs=()
  mapfile -t envs < <(rmq_env)
  (cd / && runuser -u rabbitmq -- env "${envs[@]}" "$@")
}

# Starts the broker and returns at once; wait_rabbit checks readiness later, after the others.
launch_rabbit() {
  RMQ_T0=$(now_ms)
  if rmq_running; then
    [[ $(cat "$RMQ_DIR/ports" 2>/dev/null) == "$AMQP_PORT $DIST_PORT $EPMD_PORT" ]] ||
      die "rabbitmq (pid $(rmq_pid)) runs with ports $(cat "$RMQ_DIR/ports" 2>/dev/null); run stop first to change them"
    return 0
  fi
  rm -f "$RMQ_DIR/rabbit.pid"
  install -d -o rabbitmq -g rabbitmq "$RMQ_DIR" "$RMQ_DIR/mnesia" "$RMQ_DIR/log"
  : >"$RMQ_DIR/rabbitmq-env.conf" # keep /etc/rabbitmq/rabbitmq-env.conf out of it
  echo '[].' >"$RMQ_DIR/enabled_plugins" # no management plugin: faster boot, one port fewer
  # default_user/default_pass apply only on the first boot (empty database), so no add_user calls.
  cat >"$RMQ_DIR/rabbitmq.conf" <<EOF
listeners.tcp.default = 127.0.0.1:$AMQP_PORT
default_user = app
default_pass = app
loopback_users = none
log.console = false
log.file.level = info
EOF
  chown rabbitmq:rabbitmq "$RMQ_DIR"/{rabbitmq-env.conf,enabled_plugins,rabbitmq.conf}

  # Start epmd ourselves and keep its pid, so stop kills this epmd and no other. setpriv execs (no
  # fork, unlike runuser), so $! is epmd itself. An epmd someone else runs on the port is reused.
  if ! epmd_running && ! port_open "$EPMD_PORT"; then
    setsid setpriv --reuid=rabbitmq --regid=rabbitmq --init-groups -- \
      "$(command -v epmd)" -address 127.0.0.1 -port "$EPMD_PORT" </dev/null >>"$RMQ_DIR/log/epmd.log" 2>&1 9>&- &
    echo $! >"$RMQ_DIR/epmd.pid"
    local i
    for ((i = 0; i < 50; i++)); do port_open "$EPMD_PORT" && break; sleep 0.1; done
    epmd_running || die "epmd did not start on 127.0.0.1:$EPMD_PORT (see $RMQ_DIR/log/epmd.log)"
  fi
  as_rabbit "$RMQ_LIB/rabbitmq-server" -detached </dev/null >>"$RMQ_DIR/log/startup.log" 2>&1 9>&- ||
    die "rabbitmq-server -detached failed (see $RMQ_DIR/log/startup.log)"
  echo "$AMQP_PORT $DIST_PORT $EPMD_PORT" >"$RMQ_DIR/ports"
}

wait_rabbit() {
  local deadline=$(($(now_ms) + TIMEOUT * 1000)) no_pid_deadline=$(($(now_ms) + 30000)) seen_pid=
  until amqp_ready; do
    # The node writes its pid file once its VM is up (1 s idle, 10 s seen under load). A pid that
    # vanishes, or none after 30 s, means the boot failed: say so now rather than at the timeout.
    if rmq_running; then seen_pid=1; elif [[ -n $seen_pid ]] || (($(now_ms) > no_pid_deadline)); then
      tail -n 20 "$RMQ_DIR/log/$RABBIT_NODE.log" >&2 2>/dev/null || true
      die "rabbitmq is not running: it exited while booting or never wrote its pid file (see $RMQ_DIR/log/)"
    fi
    if (($(now_ms) > deadline)); then
      tail -n 20 "$RMQ_DIR/log/$RABBIT_NODE.log" >&2 2>/dev/null || true
      die "rabbitmq did not complete an AMQP handshake on 127.0.0.1:$AMQP_PORT within $TIMEOUT s (see $RMQ_DIR/log/)"
    fi
    sleep 0.2
  done
  log "rabbitmq ready on 127.0.0.1:$AMQP_PORT ($(since "$RMQ_T0"))"
}

stop_rabbit() {
  local pid
  if rmq_running; then
    pid=$(rmq_pid)
    # With the pid file, `rabbitmqctl stop` waits until the VM has exited (plain stop returns early).
    if ! as_rabbit timeout 90 "$RMQ_LIB/rabbitmqctl" -q -n "$RABBIT_NODE" stop "$RMQ_DIR/rabbit.pid" >/dev/null 2>&1; then
      log "rabbitmqctl stop failed; sending TERM to beam pid $pid"
    fi
    kill_wait "$pid" beam.smp
    rm -f "$RMQ_DIR/rabbit.pid"
    log "rabbitmq stopped"
  fi
  if epmd_running; then
    kill_wait "$(epmd_pid)" epmd
    rm -f "$RMQ_DIR/epmd.pid"
  fi
}

# --- SFTP (a second sshd of our own) ------------------------------------------------------------

sshd_pid() { pid_from "$SFTP_DIR/sshd.pid"; }
sshd_running() { alive "$(sshd_pid)" sshd; }

start_sftp() {
  local t0 i
  t0=$(now_ms)
  if sshd_running; then
    [[ $(cat "$SFTP_DIR/port" 2>/dev/null) == "$SFTP_PORT" ]] ||
      die "sshd (pid $(sshd_pid)) runs on port $(cat "$SFTP_DIR/port" 2>/dev/null); run stop first to change it"
    sftp_ready || die "sshd (pid $(sshd_pid)) runs but does not answer on 127.0.0.1:$SFTP_PORT"
    log "sftp ready on 127.0.0.1:$SFTP_PORT ($(since "$t0"))"
    return 0
  fi
  install -d -m 755 "$SFTP_DIR"
  install -d -m 755 /run/sshd # privilege separation dir; without systemd nobody creates it
  if ! getent passwd "$SFTP_USER" >/dev/null; then
    useradd --system --user-group --no-create-home --home-dir "$SFTP_HOME" --shell /usr/sbin/nologin "$SFTP_USER"
  elif [[ $(getent passwd "$SFTP_USER" | cut -d: -f6) != "$SFTP_HOME" ]]; then
    usermod --home "$SFTP_HOME" "$SFTP_USER"
  fi
  echo "$SFTP_USER:$SFTP_PASSWORD" | chpasswd
  install -d -m 755 -o "$SFTP_USER" -g "$SFTP_USER" "$SFTP_HOME" "$SFTP_ROOT" "$SFTP_ROOT/outbound" "$SFTP_ROOT/inbound"
  [[ -f $SFTP_DIR/ssh_host_ed25519_key ]] ||
    ssh-keygen -q -t ed25519 -N '' -C x12gw-sftp-host -f "$SFTP_DIR/ssh_host_ed25519_key"
  [[ -f $SFTP_DIR/client_ed25519 ]] ||
    ssh-keygen -q -t ed25519 -N '' -C x12gw-sftp-client -f "$SFTP_DIR/client_ed25519"
  install -m 644 "$SFTP_DIR/client_ed25519.pub" "$SFTP_DIR/authorized_keys"

  # No chroot: sshd refuses a chroot below world-writable /tmp. ForceCommand keeps the account to
  # SFTP; `-d %d/upload` starts sessions in the upload dir (%d, not %h, is the home directory).
  # StrictModes would reject keys below /tmp; this server only ever listens on loopback.
  cat >"$SFTP_DIR/sshd_config" <<EOF
ListenAddress 127.0.0.1
Port $SFTP_PORT
HostKey $SFTP_DIR/ssh_host_ed25519_key
PidFile $SFTP_DIR/sshd.pid
AuthorizedKeysFile $SFTP_DIR/authorized_keys
StrictModes no
UsePAM no
PermitRootLogin no
AllowUsers $SFTP_USER
PasswordAuthentication yes
KbdInteractiveAuthentication no
PubkeyAuthentication yes
AllowTcpForwarding no
AllowAgentForwarding no
X11Forwarding no
PermitTTY no
PrintMotd no
MaxStartups 100
MaxSessions 50
Subsystem sftp internal-sftp
ForceCommand internal-sftp -d %d/upload
EOF
  "$SSHD" -t -f "$SFTP_DIR/sshd_config" || die "sshd rejected $SFTP_DIR/sshd_config"
  "$SSHD" -f "$SFTP_DIR/sshd_config" -E "$SFTP_DIR/sshd.log" </dev/null 9>&- || die "sshd did not start (see $SFTP_DIR/sshd.log)"
  echo "$SFTP_PORT" >"$SFTP_DIR/port"
  for ((i = 0; i < 100; i++)); do sftp_ready && break; sleep 0.1; done
  sftp_ready || die "sshd did not answer on 127.0.0.1:$SFTP_PORT (see $SFTP_DIR/sshd.log)"
  log "sftp ready on 127.0.0.1:$SFTP_PORT ($(since "$t0"))"
}

stop_sftp() {
  local pid child
  sshd_running || return 0
  pid=$(sshd_pid)
  # Open sessions are children of the listener and outlive it; end them too.
  for child in $(children_of "$pid"); do kill -TERM "$child" 2>/dev/null || true; done
  kill_wait "$pid" sshd
  rm -f "$SFTP_DIR/sshd.pid"
  log "sftp stopped"
}

# --- commands -----------------------------------------------------------------------------------

write_env() {
  local fp
  read -r _ fp _ < <(ssh-keygen -lf "$SFTP_DIR/ssh_host_ed25519_key.pub")
  {
    printf 'export %s=%q\n' \
      DATABASE_URL "postgres://app:app@127.0.0.1:$PG_PORT/app" \
      PGHOST 127.0.0.1 PGPORT "$PG_PORT" PGUSER app PGPASSWORD app PGDATABASE app \
      AMQP_URL "amqp://app:app@127.0.0.1:$AMQP_PORT" \
      SFTP_HOST 127.0.0.1 SFTP_PORT "$SFTP_PORT" SFTP_USER "$SFTP_USER" SFTP_PASSWORD "$SFTP_PASSWORD" \
      SFTP_PRIVATE_KEY_PATH "$SFTP_DIR/client_ed25519" SFTP_HOST_KEY_SHA256 "$fp" SFTP_ROOT "$SFTP_ROOT"
  } >"$ENV_FILE.tmp"
  mv "$ENV_FILE.tmp" "$ENV_FILE"
}

# Refuses before starting anything when a port we need is taken by something that isn't ours.
check_ports() {
  local busy=() spec='' name port var
  pg_running || spec+=" postgres:$PG_PORT:X12GW_PG_PORT"
  rmq_running || spec+=" rabbitmq-amqp:$AMQP_PORT:X12GW_AMQP_PORT rabbitmq-dist:$DIST_PORT:X12GW_AMQP_DIST_PORT"
  sshd_running || spec+=" sftp:$SFTP_PORT:X12GW_SFTP_PORT"
  for spec in $spec; do
    IFS=: read -r name port var <<<"$spec"
    if port_open "$port"; then
      busy+=("127.0.0.1:$port ($name) is already in use by $(port_owner "$port" || true)${var:+; pick another with $var=...}")
    fi
  done
  if ((${#busy[@]})); then
    printf 'services: ERROR: port conflict, nothing started (state dir %s):\n' "$STATE" >&2
    printf '  %s\n' "${busy[@]}" >&2
    exit 1
  fi
}

cmd_start() {
  local t0 pg_job sftp_job rc=0
  t0=$(now_ms)
  ((EUID == 0)) || die "start needs root (it switches to the postgres, rabbitmq and sftp users)"
  install -d -m 755 "$STATE"
  cd /
  # Serialise concurrent starts (two test runs at once) on the same state dir. Daemons are launched
  # with 9>&-: one that inherited the lock's fd would hold the lock for as long as it runs.
  exec 9>"$STATE/.lock"
  flock -w "$TIMEOUT" 9 || die "another services.sh holds $STATE/.lock"

  install_missing
  PG_BIN=$(find_pg_bin)
  [[ -n $PG_BIN ]] || die "no PostgreSQL binaries found (pg_ctl/initdb)"
  install -d -m 755 -o postgres -g postgres "$PG_DIR" # postgres writes its log and socket here
  install -d -m 700 -o postgres -g postgres "$PG_DIR/run"
  check_ports

  # RabbitMQ is the slowest (5–18 s of CPU-bound boot), so it goes first; the rest overlap with it.
  launch_rabbit
  start_pg & pg_job=$!
  start_sftp & sftp_job=$!
  wait "$pg_job" || rc=1
  wait "$sftp_job" || rc=1
  ((rc == 0)) || die "a service failed to start; the others keep running (stop cleans up)"
  wait_rabbit
  write_env
  log "all services ready in $(since "$t0"); env: $ENV_FILE"
}

cmd_stop() {
  [[ -d $STATE ]] || return 0
  ((EUID == 0)) || die "stop needs root"
  cd /
  exec 9>"$STATE/.lock"
  flock -w "$TIMEOUT" 9 || die "another services.sh holds $STATE/.lock"
  PG_BIN=$(find_pg_bin)
  local jobs=()
  # Postgres and sshd stop in well under a second; RabbitMQ takes 3–5 s, so overlap them.
  if [[ -n $PG_BIN ]]; then stop_pg & jobs+=($!); fi
  stop_sftp & jobs+=($!)
  stop_rabbit
  local j rc=0
  for j in "${jobs[@]}"; do wait "$j" || rc=1; done
  return $rc
}

cmd_status() {
  local rc=0 line
  PG_BIN=$(find_pg_bin)
  if pg_running; then line="running  pid $(pg_pid)  127.0.0.1:$PG_PORT"
    [[ -n $PG_BIN ]] && ! pg_isready_ && line+="  (not accepting connections)"
  else line="stopped"; rc=3; fi
  printf '%-9s %s\n' postgres "$line"
  if rmq_running; then line="running  pid $(rmq_pid)  127.0.0.1:$AMQP_PORT"
    amqp_ready || line+="  (no AMQP handshake yet)"
    epmd_running && line+="  epmd pid $(epmd_pid)"
  else line="stopped"; rc=3; fi
  printf '%-9s %s\n' rabbitmq "$line"
  if sshd_running; then line="running  pid $(sshd_pid)  127.0.0.1:$SFTP_PORT"
  else line="stopped"; rc=3; fi
  printf '%-9s %s\n' sftp "$line"
  return $rc
}

cmd_env() {
  [[ -f $ENV_FILE ]] || die "no $ENV_FILE yet; run: bash scripts/services.sh start"
  cat "$ENV_FILE"
}

case ${1:-} in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  env) cmd_env ;;
  *) echo "usage: $0 start|stop|status|env  (state: $STATE)" >&2; exit 2 ;;
esac
