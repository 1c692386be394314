"""``if4j serve`` replicas as Ray actors, for trainers that run on Ray (verl, OpenRLHF).

    import if4j_reward.ray as if4j_ray
    replicas = if4j_ray.start(2, serve_args=["--threads", "8"])   # on the driver, after ray.init()
    ...                                                              # reward workers: see below
    replicas.stop()

Each replica is an actor that launches the jar (:mod:`if4j_reward.serve` finds it and a JDK 21+ on
that node) and answers on that node's address. A supervisor actor (named ``if4j_reward`` unless
``name`` says otherwise) checks every replica's ``/healthz`` each ``interval`` seconds and replaces one
whose server or actor died. Reward workers in the same Ray job (namespace) reach the live URLs by
that name: ``if4j_ray.client()`` is a :class:`~if4j_reward.client.Client` over them (asked again at
most once a second), which spreads each batch's chunks over the replicas and retries a request that
a dying replica drops on the next one, so no reward is lost. Setting ``IF4J_REWARD_RAY=NAME`` in the
workers' environment makes the default client (verl's ``compute_score*``, OpenRLHF's ``reward_func``)
that client.

Needs ``ray`` (``pip install ./clients/python[ray]``).
"""

import ctypes
import signal
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from collections import deque
from typing import Any, Dict, List, Optional, Sequence

import ray

from if4j_reward.client import Client
from if4j_reward.serve import command

__all__ = ["start", "client", "live_urls", "Replicas", "DEFAULT_NAME"]

DEFAULT_NAME = "if4j_reward"


def _die_with_parent() -> None:
    """In the JVM's child process: ask Linux to SIGTERM it when the actor that started it dies
    (``ray.kill`` kills the actor with SIGKILL, which would otherwise orphan the server)."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG
    except OSError:
        pass


class _Replica:
    """One ``if4j serve`` (the actor's child process) on this node."""

    def __init__(self, serve_args: Sequence[str], jar: Optional[str], java: Optional[str], host: Optional[str],
                 start_timeout: float):
        bind = host or ray.util.get_node_ip_address()
        cmd = command(["--host", bind, "--port", "0", *serve_args], jar, java)
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     preexec_fn=_die_with_parent)
        self.log: deque = deque(maxlen=50)
        threading.Thread(target=self._drain, args=(self.proc.stderr,), daemon=True).start()
        first: List[str] = []
        reader = threading.Thread(target=lambda: first.append(self.proc.stdout.readline()), daemon=True)
        reader.start()
        reader.join(start_timeout)
        if not first or not first[0].startswith("http"):
            self.proc.kill()
            raise RuntimeError("if4j serve did not start on %s: %r %s" % (bind, first, "".join(self.log)))
        threading.Thread(target=self._drain, args=(self.proc.stdout,), daemon=True).start()
        port = urllib.parse.urlsplit(first[0].strip()).port
        self._url = "http://%s:%d" % (bind if bind != "0.0.0.0" else ray.util.get_node_ip_address(), port)

    def _drain(self, stream) -> None:
        for line in stream:
            self.log.append(line)

    def url(self) -> str:
        return self._url

    def pid(self) -> int:
        return self.proc.pid

    def healthy(self) -> bool:
        if self.proc.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(self._url + "/healthz", timeout=5) as r:
                return r.status == 200
        except OSError:
            return False

    def stop(self, drain_seconds: float = 30) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(drain_seconds + 10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


class _Supervisor:
    """Keeps ``n`` healthy replicas; their URLs for whoever asks."""

    def __init__(self, n: int, serve_args: Sequence[str], jar: Optional[str], java: Optional[str],
                 host: Optional[str], interval: float, replica_cpus: float, start_timeout: float):
        self.spec = dict(serve_args=list(serve_args), jar=jar, java=java, host=host, start_timeout=start_timeout)
        self.interval = interval
        self.replica_cls = ray.remote(num_cpus=replica_cpus, max_restarts=0)(_Replica)
        self.lock = threading.Lock()
        self.replicas: List[Any] = []
        self.urls_now: List[str] = []
        self.restarts = 0
        self.stopping = False
        started = [self._new() for _ in range(n)]
        for actor in started:
            self.replicas.append(actor)
            self.urls_now.append(ray.get(actor.url.remote()))
        threading.Thread(target=self._watch, daemon=True).start()

    def _new(self):
        return self.replica_cls.remote(**self.spec)

    def _watch(self) -> None:
        while not self.stopping:
            time.sleep(self.interval)
            for i in range(len(self.replicas)):
                if self.stopping:
                    return
                if not self._healthy(self.replicas[i]):
                    self._replace(i)

    @staticmethod
    def _healthy(actor) -> bool:
        try:
            return bool(ray.get(actor.healthy.remote(), timeout=30))
        except Exception:  # noqa: BLE001 - a dead or hung actor is an unhealthy replica
            return False

    def _replace(self, i: int) -> None:
        old = self.replicas[i]
        with self.lock:
            self.urls_now[i] = None  # stop handing it out at once
        try:
            ray.kill(old)
        except Exception:  # noqa: BLE001 - already gone
            pass
        while not self.stopping:
            actor = self._new()
            try:
                url = ray.get(actor.url.remote(), timeout=self.spec["start_timeout"] + 30)
            except Exception:  # noqa: BLE001 - try again: the node may be short of memory for a moment
                ray.kill(actor)
                time.sleep(self.interval)
                continue
            with self.lock:
                self.replicas[i] = actor
                self.urls_now[i] = url
                self.restarts += 1
            return

    def urls(self) -> List[str]:
        with self.lock:
            return [u for u in self.urls_now if u]

    def status(self) -> Dict[str, Any]:
        with self.lock:
            return {"urls": list(self.urls_now), "restarts": self.restarts}

    def pids(self) -> List[int]:
        return ray.get([a.pid.remote() for a in self.replicas])

    def stop(self) -> None:
        self.stopping = True
        ray.get([a.stop.remote() for a in self.replicas])
        for a in self.replicas:
            ray.kill(a)


class Replicas:
    """The driver's handle on a started set of replicas."""

    def __init__(self, supervisor, name: str):
        self.supervisor = supervisor
        self.name = name

    def urls(self) -> List[str]:
        """The replicas answering now."""
        return ray.get(self.supervisor.urls.remote())

    def status(self) -> Dict[str, Any]:
        """Every slot's URL (None while it restarts) and how many replicas were replaced."""
        return ray.get(self.supervisor.status.remote())

    def pids(self) -> List[int]:
        """The servers' process ids (on their nodes)."""
        return ray.get(self.supervisor.pids.remote())

    def client(self, **kwargs) -> Client:
        """A client over the live replicas (``kwargs``: :class:`Client`'s options)."""
        return client(self.name, **kwargs)

    def stop(self) -> None:
        """Drains and stops every replica, then the supervisor."""
        ray.get(self.supervisor.stop.remote())
        ray.kill(self.supervisor)


def start(n: int, serve_args: Sequence[str] = (), name: str = DEFAULT_NAME, jar: Optional[str] = None,
          java: Optional[str] = None, host: Optional[str] = None, interval: float = 1.0,
          replica_cpus: float = 1.0, start_timeout: float = 120.0, namespace: Optional[str] = None,
          detached: bool = False) -> Replicas:
    """Starts ``n`` replicas of ``if4j serve SERVE_ARGS`` (``--host``/``--port`` are chosen here) and
    their supervisor, named ``name``. ``host``: the address to bind (default: the node's IP, which the
    other nodes reach); ``replica_cpus``: what Ray reserves per replica (its ``--threads``, say).
    ``detached``: the replicas outlive this driver (started before a trainer's own job, which then
    finds them as ``NAMESPACE/NAME``); ``stop()`` or ``python -m if4j_reward.ray stop`` ends them."""
    if n < 1:
        raise ValueError("n must be at least 1")
    supervisor_cls = ray.remote(num_cpus=0, max_concurrency=8)(_Supervisor)
    options: Dict[str, Any] = {"name": name}
    if namespace:
        options["namespace"] = namespace
    if detached:
        options["lifetime"] = "detached"
    supervisor = supervisor_cls.options(**options).remote(n, serve_args, jar, java, host, interval, replica_cpus,
                                                          start_timeout)
    handle = Replicas(supervisor, "%s/%s" % (namespace, name) if namespace else name)
    handle.urls()  # waits for the replicas to answer (raises if one could not start)
    return handle


def _actor(name: str):
    """The supervisor named ``name``, or ``NAMESPACE/NAME`` for one started in another namespace."""
    namespace, _, bare = name.rpartition("/")
    return ray.get_actor(bare, namespace=namespace or None)


class _LiveUrls:
    """The supervisor's URL list, asked at most every ``ttl`` seconds; the last list while it cannot answer."""

    def __init__(self, name: str, ttl: float):
        self.name = name
        self.ttl = ttl
        self.lock = threading.Lock()
        self.cached: List[str] = []
        self.at = 0.0

    def __call__(self) -> List[str]:
        with self.lock:
            if time.monotonic() - self.at >= self.ttl or not self.cached:
                try:
                    self.cached = ray.get(_actor(self.name).urls.remote(), timeout=30)
                    self.at = time.monotonic()
                except Exception:  # noqa: BLE001 - keep the last list; the client's retries cover the gap
                    pass
            return list(self.cached)


_clients: Dict[str, Client] = {}
_clients_lock = threading.Lock()


def live_urls(name: str = DEFAULT_NAME) -> List[str]:
    """The live replicas' URLs, from any process of the Ray job (``NAMESPACE/NAME`` from another)."""
    return ray.get(_actor(name).urls.remote())


def client(name: str = DEFAULT_NAME, ttl: float = 1.0, **kwargs) -> Client:
    """This process's client over the replicas named ``name`` (made on first use, then shared)."""
    with _clients_lock:
        found = _clients.get(name)
        if found is None:
            found = _clients[name] = Client(urls=_LiveUrls(name, ttl), **kwargs)
        return found


def main(argv: Optional[Sequence[str]] = None) -> int:
    """``python -m if4j_reward.ray start N [--name NAME] [--namespace NS] [SERVE ARGS...]`` starts detached
    replicas on the running cluster (``ray start`` first) and prints their URLs; ``stop [--name]
    [--namespace]`` drains and ends them."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m if4j_reward.ray")
    parser.add_argument("action", choices=["start", "stop", "urls"])
    parser.add_argument("replicas", nargs="?", type=int, default=1)
    parser.add_argument("--name", default=DEFAULT_NAME)
    parser.add_argument("--namespace", default="if4j")
    parser.add_argument("--replica-cpus", type=float, default=1.0)
    args, serve_args = parser.parse_known_args(argv)
    ray.init(address="auto", namespace=args.namespace)
    if args.action == "start":
        replicas = start(args.replicas, serve_args, name=args.name, replica_cpus=args.replica_cpus, detached=True)
        print("\n".join(replicas.urls()))
        print("reward workers: IF4J_REWARD_RAY=%s/%s" % (args.namespace, args.name))
    elif args.action == "urls":
        print("\n".join(live_urls(args.name)))
    else:
        Replicas(ray.get_actor(args.name), args.name).stop()
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main())
