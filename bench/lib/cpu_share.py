#!/usr/bin/env python3
"""Measures how much of the machine's CPU other work took while the benchmark ran.

Usage: cpu_share.py SESSION_ID OUT_FILE
Every 10 seconds it reads each process's CPU time from /proc; processes of the benchmark's session and of the
postgres user (the throwaway cluster) count as the benchmark, all others as other work. On SIGTERM it writes one
line to OUT_FILE: the share of the machine's CPU capacity other work used on average and at most (per 10 s).
"""
import os
import signal
import sys
import time

HZ = os.sysconf("SC_CLK_TCK")
CORES = os.cpu_count() or 1
INTERVAL = 10.0


def cpu_by_owner(session):
    ours, others = 0, 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            uid = os.stat(f"/proc/{pid}").st_uid
        except (OSError, IndexError):
            continue
        ticks = int(fields[11]) + int(fields[12])  # utime + stime
        sid = int(fields[3])
        if sid == session or uid == POSTGRES_UID:
            ours += ticks
        else:
            others += ticks
    return ours, others


def postgres_uid():
    try:
        import pwd
        return pwd.getpwnam("postgres").pw_uid
    except (KeyError, ImportError):
        return -1


POSTGRES_UID = postgres_uid()


def main():
    session, out = int(sys.argv[1]), sys.argv[2]
    shares = []
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(True))
    _, previous = cpu_by_owner(session)
    last = time.monotonic()
    while not stop:
        time.sleep(INTERVAL)
        _, others = cpu_by_owner(session)
        now = time.monotonic()
        shares.append(max(0, others - previous) / HZ / ((now - last) * CORES))
        previous, last = others, now
    mean = sum(shares) / len(shares) if shares else 0.0
    peak = max(shares) if shares else 0.0
    with open(out, "w") as f:
        f.write(f"other work took {mean:.0%} of the machine's CPU on average over the run "
                f"(at most {peak:.0%} in a 10-second window)\n")


if __name__ == "__main__":
    main()
