"""Reads an XLSX file with Python's zipfile and ElementTree only (independent of the library
that wrote it) and prints each sheet's rows, cells separated by a tab. Exit 1 when the file is
not a zip or lacks the workbook parts. A number cell is printed with a leading '#' ("#42"), so a
test can tell it from the text "42".

usage: /usr/bin/python3 xlsx_cells.py FILE
"""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def column_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for c in letters:
        n = n * 26 + (ord(c) - 64)
    return n - 1


def main():
    with zipfile.ZipFile(sys.argv[1]) as z:
        names = z.namelist()
        for part in ("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"):
            if part not in names:
                print(f"missing {part}")
                return 1
        workbook = ET.fromstring(z.read("xl/workbook.xml"))
        for sheet in workbook.find("m:sheets", NS):
            print(f"sheet: {sheet.get('name')}")
        shared = []
        if "xl/sharedStrings.xml" in names:
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
                shared.append("".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")))
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
        for row in sheet.find("m:sheetData", NS):
            cells = []
            for c in row.findall("m:c", NS):
                i = column_index(c.get("r"))
                while len(cells) < i:
                    cells.append("")
                v = c.find("m:v", NS)
                if c.get("t") == "s":
                    cells.append(shared[int(v.text)])
                elif c.get("t") == "inlineStr":
                    cells.append("".join(t.text or "" for t in c.iter(f"{{{NS['m']}}}t")))
                elif c.get("t") in (None, "n") and v is not None:
                    cells.append("#" + v.text)
                else:
                    cells.append(v.text if v is not None else "")
            print("\t".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
