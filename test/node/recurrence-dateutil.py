"""python-dateutil's expansion of recurrence cases, for recurrence-differential.test.mjs.

Reads [{rrule, start}] (start: a Europe/Helsinki wall time) on stdin and writes, for each, the
rule's wall-clock starts up to 2029 (at most 120): [{starts: ["2026-10-13T18:00:00", ...]}] or
[{error}]. UNTIL in UTC is turned into Helsinki wall time, as dateutil works on wall times.

A rule whose BYSETPOS never picks anything (BYSETPOS=4 of a one-day DAILY set) makes dateutil
search up to the year 9999, which takes seconds; a case gets 0.3 s of CPU time (not wall time,
so a busy machine does not change which cases are answered) and is otherwise reported as slow.
"""
import json
import signal
import sys
import warnings
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

HELSINKI = ZoneInfo('Europe/Helsinki')
END = datetime(2029, 1, 1)
answers = []


class Slow(Exception):
    pass


def give_up(*_):
    raise Slow()


signal.signal(signal.SIGVTALRM, give_up)
for case in json.load(sys.stdin):
    parts = dict(part.split('=') for part in case['rrule'].split(';'))
    until = parts.get('UNTIL', '')
    if until.endswith('Z'):
        utc = datetime.strptime(until, '%Y%m%dT%H%M%SZ').replace(tzinfo=timezone.utc)
        parts['UNTIL'] = utc.astimezone(HELSINKI).replace(tzinfo=None).strftime('%Y%m%dT%H%M%S')
    try:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0.3)
        rule = rrulestr(';'.join(f'{k}={v}' for k, v in parts.items()), dtstart=datetime.fromisoformat(case['start']))
        # Bounded at the window's end, so that a rule without COUNT or UNTIL stops there.
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            rule = rule.replace(until=min(rule._until or END, END))
        starts = []
        for start in rule:
            if start >= END or len(starts) >= 120:
                break
            starts.append(start.isoformat())
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        answers.append({'starts': starts})
    except Slow:
        answers.append({'error': 'slow'})
    except Exception as error:  # a rule dateutil refuses is reported, not compared
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        answers.append({'error': str(error)})
json.dump(answers, sys.stdout)
