"""Parses an iCalendar file with python3-icalendar (a real, independent parser) and prints one
line per event: UID, DTSTART and DTEND in UTC, CLASS, SUMMARY. Exit 1 if it does not parse.

usage: /usr/bin/python3 check_ics.py FILE
"""
import sys

import icalendar


def main():
    with open(sys.argv[1], "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    for event in calendar.walk("VEVENT"):
        start = event["DTSTART"].dt.strftime("%Y-%m-%dT%H:%MZ")
        end = event["DTEND"].dt.strftime("%Y-%m-%dT%H:%MZ")
        print(f'{event["UID"]}|{start}|{end}|{event.get("CLASS", "")}|{event["SUMMARY"]}')
        for line in str(event.get("DESCRIPTION", "")).splitlines():
            print(f"  {line}")
        if "LOCATION" in event:
            print(f'  @ {event["LOCATION"]}')


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # any parse failure is a failed check
        print(f"does not parse: {error}")
        sys.exit(1)
