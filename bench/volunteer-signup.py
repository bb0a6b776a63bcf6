#!/usr/bin/env python3
"""Helper of bench/volunteer-signup.sh: drives a running Tomoni through its real pages only.

1. Signs 50 residents up through /signup, confirms each address with the link of its confirmation mail (read, as an
   administrator, in the mail outbox at /admin/mail) and signs each in: 50 sessions of their own.
2. The demo group administrator posts an opportunity with one shift (capacity C) per round through the form.
3. The 50 residents press "sign up" for that shift at the same instant; each request's time to response is measured.
   With curl on the path (CLIENT=curl, the default when it is found) one curl process sends the 50 requests in
   parallel from its event loop, so that the client costs almost nothing of the 2 cores; otherwise (CLIENT=python)
   a barrier releases 50 Python threads, whose own work (under the GIL) adds to the slowest times. Reports p50 / p95 / max, then counts the shift's sign-ups on the organiser's roster
   and fails unless exactly C places were taken.

Usage: volunteer-signup.py BASE_URL [residents] [capacity] [rounds] [warm-up rounds]     defaults: 50 20 10 20

The warm-up rounds (1,000 sign-ups by default) are printed but not counted: the JIT compiler needs them before a
round's time says anything about a server that has been running (docs/performance.md shows both). The last line
pools the measured rounds' times: its p95 is the figure compared with the target.
"""
import datetime
import http.cookiejar
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

BASE = sys.argv[1].rstrip("/")
RESIDENTS = int(sys.argv[2]) if len(sys.argv) > 2 else 50
CAPACITY = int(sys.argv[3]) if len(sys.argv) > 3 else 20
ROUNDS = int(sys.argv[4]) if len(sys.argv) > 4 else 10
WARMUP = int(sys.argv[5]) if len(sys.argv) > 5 else 20
CLIENT = os.environ.get("CLIENT") or ("curl" if shutil.which("curl") else "python")
DEMO_PASSWORD = "tomoni-demo-2026"
PASSWORD = "sakura-no-hana-2026"
CSRF = re.compile(r'name="_csrf"\s+value="([^"]+)"|value="([^"]+)"\s+name="_csrf"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Session:
    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        cookies = urllib.request.HTTPCookieProcessor(self.jar)
        self.follow = urllib.request.build_opener(cookies)
        self.stay = urllib.request.build_opener(cookies, NoRedirect)

    def get(self, path):
        with self.follow.open(BASE + path, timeout=60) as response:
            return response.read().decode("utf-8"), response.geturl()

    def csrf(self, path):
        html, _ = self.get(path)
        match = CSRF.search(html)
        if not match:
            raise SystemExit("no CSRF token on " + path)
        return match.group(1) or match.group(2)

    def post(self, path, fields, token_from=None):
        data = list(fields) + [("_csrf", self.csrf(token_from or path))]
        return self.post_raw(path, data)

    def post_raw(self, path, data):
        body = urllib.parse.urlencode(data).encode()
        try:
            with self.stay.open(urllib.request.Request(BASE + path, data=body), timeout=60) as response:
                return response.status, response.headers.get("Location", "")
        except urllib.error.HTTPError as redirect:
            return redirect.code, redirect.headers.get("Location", "")

    def sign_in(self, email, password):
        status, location = self.post("/login", [("email", email), ("password", password)])
        if status != 302 or "error" in location:
            raise SystemExit("could not sign in " + email + ": " + str(status) + " " + location)


def residents(admin, run):
    people = []
    for n in range(RESIDENTS):
        email = "bench-%s-%02d@example.jp" % (run, n)
        visitor = Session()
        status, _ = visitor.post("/signup", [("email", email), ("password", PASSWORD), ("fullName", "試験 太郎%02d" % n),
                                             ("fullNameKana", "シケン タロウ"), ("displayName", "しけん%02d" % n)])
        if status != 302:
            raise SystemExit("sign-up refused for " + email)
        outbox, _ = admin.get("/admin/mail?to=" + urllib.parse.quote(email))
        mail_id = re.search(r'href="/admin/mail/(\d+)"', outbox).group(1)
        message, _ = admin.get("/admin/mail/" + mail_id)
        token = re.search(r"/signup/confirm\?token=([A-Za-z0-9_\-]+)", message).group(1)
        visitor.post("/signup/confirm", [("token", token)], token_from="/signup/confirm?token=" + token)
        visitor.sign_in(email, PASSWORD)
        people.append(visitor)
    return people


def post_opportunity(organiser, day):
    form = "/account/volunteering/opportunities/new"
    html, _ = organiser.get(form)
    group = re.search(r'<select[^>]*name="groupId"[^>]*>.*?<option value="(\d+)"', html, re.S).group(1)
    status, location = organiser.post(form, [
        ("groupId", group), ("title", "負荷試験の清掃 %s" % day), ("description", "同時申込みの試験です。"),
        ("fieldCodes", "07"), ("areaCode", ""), ("whatToBring", ""), ("skillsWanted", ""), ("minAge", ""), ("maxAge", ""),
        ("shiftDates[0]", day), ("shiftStarts[0]", "09:00"), ("shiftEnds[0]", "12:00"), ("shiftPlaces[0]", "河川敷"),
        ("shiftCapacities[0]", str(CAPACITY)), ("action", "publish")])
    if status != 302:
        raise SystemExit("the opportunity was not posted (%s)" % status)
    opportunity = int(location.rstrip("/").rsplit("/", 1)[1])
    page, _ = organiser.get("/volunteering/%d" % opportunity)
    shift = int(re.search(r'data-shift-id="(\d+)"', page).group(1))
    return opportunity, shift


def one_round(organiser, people, day):
    opportunity, shift = post_opportunity(organiser, day)
    tokens = [p.csrf("/volunteering/%d" % opportunity) for p in people]
    barrier = threading.Barrier(len(people))
    times = [0.0] * len(people)
    statuses = [0] * len(people)

    def press(i):
        data = [("shiftIds", str(shift)), ("_csrf", tokens[i])]
        barrier.wait()
        start = time.perf_counter()
        statuses[i], _ = people[i].post_raw("/volunteering/%d/signup" % opportunity, data)
        times[i] = (time.perf_counter() - start) * 1000

    cpu_before = server_cpu_ms()
    burst_start = datetime.datetime.now(datetime.timezone.utc)
    if CLIENT == "curl":
        pressed_with_curl(people, opportunity, shift, tokens, statuses, times)
    else:
        threads = [threading.Thread(target=press, args=(i,)) for i in range(len(people))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    cpu = server_cpu_ms() - cpu_before
    print("  burst %s - %s UTC%s" % (burst_start.strftime("%H:%M:%S.%f")[:-3],
                                     datetime.datetime.now(datetime.timezone.utc).strftime("%H:%M:%S.%f")[:-3],
                                     ": server CPU %.0f ms, %.1f ms a sign-up" % (cpu, cpu / len(people))
                                     if os.environ.get("APP_PID") else ""))
    roster, _ = organiser.get("/account/volunteering/opportunities/%d" % opportunity)
    taken = len(re.findall(r'data-signup-id="\d+"', roster))
    ordered = sorted(times)
    p50 = ordered[len(ordered) // 2]
    p95 = ordered[max(0, int(round(len(ordered) * 0.95)) - 1)]
    return taken, p50, p95, ordered[-1], sum(1 for s in statuses if s != 302), times


def server_cpu_ms():
    """User + system CPU time of the application process (APP_PID, set by volunteer-signup.sh), in milliseconds."""
    pid = os.environ.get("APP_PID")
    if not pid:
        return 0.0
    with open("/proc/%s/stat" % pid) as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000.0 / os.sysconf("SC_CLK_TCK")


def pressed_with_curl(people, opportunity, shift, tokens, statuses, times):
    """All sign-ups from one curl process, in parallel: each transfer with its resident's session and CSRF token."""
    with tempfile.NamedTemporaryFile("w", suffix=".curl", delete=False) as config:
        for i, person in enumerate(people):
            session = next(c.value for c in person.jar if c.name == "JSESSIONID")
            body = urllib.parse.urlencode([("shiftIds", str(shift)), ("_csrf", tokens[i])])
            if i:
                config.write("next\n")
            config.write('url = "%s/volunteering/%d/signup"\n' % (BASE, opportunity))
            config.write('cookie = "JSESSIONID=%s"\n' % session)
            config.write('data = "%s"\n' % body)
            config.write('output = "/dev/null"\n')
            config.write('write-out = "%d %%{http_code} %%{time_total}\\n"\n' % i)
        path = config.name
    try:
        out = subprocess.run(["curl", "-s", "--parallel", "--parallel-immediate", "--parallel-max", str(len(people)),
                              "-K", path], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(path)
    for line in out.split("\n"):
        if line.strip():
            i, code, total = line.split()
            statuses[int(i)] = int(code)
            times[int(i)] = float(total) * 1000


def main():
    run = datetime.datetime.now().strftime("%H%M%S")
    admin = Session()
    admin.sign_in("admin@example.jp", DEMO_PASSWORD)
    organiser = Session()
    organiser.sign_in("group-admin@example.jp", DEMO_PASSWORD)
    started = time.time()
    people = residents(admin, run)
    print("%d residents signed up, confirmed and signed in through the pages in %.0f s; client: %s" % (
        len(people), time.time() - started, CLIENT))
    failed = False
    measured = []
    for r in range(WARMUP + ROUNDS):
        day = (datetime.date.today() + datetime.timedelta(days=7 + r)).isoformat()
        taken, p50, p95, top, errors, times = one_round(organiser, people, day)
        label = "warm-up %d" % (r + 1) if r < WARMUP else "round %d" % (r - WARMUP + 1)
        if r >= WARMUP:
            measured += times
        ok = taken == CAPACITY and errors == 0
        failed = failed or not ok
        print("RESULT %s: %d concurrent sign-ups, capacity %d, taken %d (%s), non-redirect answers %d; "
              "p50 %.0f ms, p95 %.0f ms, max %.0f ms" % (label, len(people), CAPACITY, taken,
                                                         "exact" if taken == CAPACITY else "WRONG", errors, p50, p95,
                                                         top))
    if measured:
        ordered = sorted(measured)
        print("RESULT all %d measured rounds together (%d sign-ups, after %d warm-up rounds): p50 %.0f ms, "
              "p95 %.0f ms, max %.0f ms" % (ROUNDS, len(ordered), WARMUP, ordered[len(ordered) // 2],
                                            ordered[max(0, int(round(len(ordered) * 0.95)) - 1)], ordered[-1]))
    sys.exit(1 if failed else 0)


main()
