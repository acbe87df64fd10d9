#!/usr/bin/env python3
"""Generates the small .xlsx fixtures the reader tests (Tests/XLSXTests/Reader*Tests.swift) read.

It lives next to its outputs rather than in Tests/XLSXTests, where SwiftPM would warn about an unhandled file.
Run once by hand when a fixture must change (needs openpyxl: `python3 -m pip install openpyxl`):
    python3 Tests/TestSupport/Fixtures/xlsx/make_fixtures.py
The outputs are committed, so tests never need Python.

- openpyxl.xlsx      written by openpyxl: what a Python tool hands us (no cached formula values, inline styles).
- excel-like.xlsx    hand-written parts the way Excel/WPS/LibreOffice write them: rich text and phonetic runs,
                     shared formulas, cached values, cells and rows without `r`, sheet order != rels order,
                     absolute relationship targets, an `x:` namespace prefix, a BOM, entity references.
- bomb-ratio.xlsx    one sheet of 20 MiB of spaces inside a valid workbook: a compression ratio far above 200:1.
- lying-size.xlsx    a sheet entry whose headers declare a smaller size than the data inflates to.
"""
import os
import struct
import zipfile
from decimal import Decimal

OUT = os.path.dirname(os.path.abspath(__file__))


def openpyxl_fixture(path):
    from openpyxl import Workbook
    from openpyxl.styles import Protection
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.workbook.defined_name import DefinedName

    wb = Workbook()
    ws = wb.active
    ws.title = "表三"
    ws["A1"] = "申请情况"
    ws["B1"] = "数量"
    ws["A2"] = "自然人"
    ws["B2"] = 153
    ws["A3"] = "法人或者其他组织"
    ws["B3"] = 12
    ws["A4"] = "合计"
    ws["B4"] = "=SUM(B2:B3)"
    ws["C2"] = Decimal("94.2")
    ws["C3"] = True
    ws["C4"] = -0.5
    ws.merge_cells("A6:C6")
    ws["A6"] = "说明：中文 CJK 文字"
    dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
    dv.error = "请输入非负整数"
    ws.add_data_validation(dv)
    dv.add("B2:B3")
    ws["B2"].protection = Protection(locked=False)
    ws["B3"].protection = Protection(locked=False)
    ws.protection.sheet = True
    hidden = wb.create_sheet("隐藏")
    hidden["A1"] = "hidden"
    hidden.sheet_state = "hidden"
    third = wb.create_sheet("Data")
    for r in range(1, 4):
        for c in range(1, 4):
            third.cell(row=r, column=c, value=r * 10 + c)
    wb.defined_names["输入区"] = DefinedName("输入区", attr_text="'表三'!$B$2:$B$3")
    wb.save(path)


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""

EXCEL_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr date1904="false"/>
<sheets>
<sheet name="汇总" sheetId="3" r:id="rId3"/>
<sheet name="明细" sheetId="1" r:id="rId1"/>
<sheet name="备用" sheetId="2" state="veryHidden" r:id="rId2"/>
</sheets>
<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'汇总'!$A$1:$D$10</definedName></definedNames>
</workbook>"""

EXCEL_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="../xl/worksheets/summary.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""

EXCEL_SST = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
<si><t>政府信息公开</t></si>
<si><r><rPr><b/></rPr><t>粗体</t></r><r><t xml:space="preserve"> 与普通 </t></r><rPh sb="0" eb="2"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si>
<si><t>A &amp; B &#x4E2D;&#20013; &lt;x&gt;</t></si>
<si><t>line1_x000D_
line2</t></si>
</sst>"""

EXCEL_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0"><protection locked="0"/></xf></cellStyleXfs>
<cellXfs count="3"><xf numFmtId="0" fontId="0" xfId="0"/><xf numFmtId="0" fontId="0" xfId="0" applyProtection="1"><protection locked="0"/></xf><xf numFmtId="2" fontId="0" xfId="0"/></cellXfs>
</styleSheet>"""

# Summary sheet: Excel-style, with shared formulas, cached values, errors, booleans, exponent forms.
EXCEL_SUMMARY = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<dimension ref="A1:E4"/>
<sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
<row r="2"><c r="A2" s="1"><v>94.2</v></c><c r="B2"><v>1.5E-3</v></c><c r="C2"><v>1E+3</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#DIV/0!</v></c></row>
<row r="3"><c r="A3"><f t="shared" ref="A3:C3" si="0">A2*2</f><v>188.4</v></c><c r="B3"><f t="shared" si="0"/><v>3E-3</v></c><c r="C3"><f t="shared" si="0"/><v>2000</v></c><c r="D3" t="str"><f>"合"&amp;"计"</f><v>合计</v></c><c r="E3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>
<row r="4"><c r="A4" t="inlineStr"><is><t>内联 inline</t></is></c><c r="B4" s="2"/><c r="C4"><v>-0.000</v></c><c r="D4" t="b"><v>0</v></c></row>
</sheetData>
<sheetProtection sheet="1" objects="1" scenarios="1" formatCells="0"/>
<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>
<dataValidations count="2">
<dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1" error="须为非负整数" sqref="A2:C3 E5"><formula1>0</formula1></dataValidation>
<dataValidation type="list" allowBlank="1" sqref="D2"><formula1>"是,否"</formula1></dataValidation>
</dataValidations>
<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" count="0"/></ext></extLst>
</worksheet>"""

# Detail sheet: LibreOffice/other-writer style: rows and cells without r, an x: prefix, a UTF-8 BOM.
EXCEL_DETAIL = "\ufeff" + """<?xml version="1.0" encoding="utf-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:sheetData>
<x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c><x:c t="s"><x:v>0</x:v></x:c></x:row>
<x:row><x:c><x:v>3</x:v></x:c><x:c r="C2"><x:v>4</x:v></x:c><x:c><x:v>5</x:v></x:c></x:row>
<x:row r="5"><x:c><x:v>6</x:v></x:c></x:row>
<x:row><x:c><x:v>7</x:v></x:c></x:row>
</x:sheetData>
</x:worksheet>"""

EXCEL_SPARE = """<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>"""


def write_parts(path, parts, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, text in parts:
            z.writestr(name, text.encode("utf-8") if isinstance(text, str) else text)


def excel_like(path):
    write_parts(path, [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", EXCEL_WORKBOOK),
        ("xl/_rels/workbook.xml.rels", EXCEL_WORKBOOK_RELS),
        ("xl/sharedStrings.xml", EXCEL_SST),
        ("xl/styles.xml", EXCEL_STYLES),
        ("xl/worksheets/sheet1.xml", EXCEL_DETAIL),
        ("xl/worksheets/sheet2.xml", EXCEL_SPARE),
        ("xl/worksheets/summary.xml", EXCEL_SUMMARY),
    ])


def one_sheet_parts(sheet_bytes):
    workbook = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"""
    rels = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""
    return [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", rels),
        ("xl/worksheets/sheet1.xml", sheet_bytes),
    ]


def bomb_ratio(path):
    head = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/>'
    body = head + b" " * (20 << 20) + b"</worksheet>"
    write_parts(path, one_sheet_parts(body))


def lying_size(path):
    """A valid workbook, then the sheet's declared uncompressed size is patched down to 100 bytes."""
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 2001))
    sheet = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f"<sheetData>{rows}</sheetData></worksheet>").encode()
    write_parts(path, one_sheet_parts(sheet))
    data = bytearray(open(path, "rb").read())
    name = b"xl/worksheets/sheet1.xml"
    # (signature, offset of the name length, offset of the name, offset of the uncompressed size)
    for signature, name_len_at, name_at, size_at in [(b"PK\x03\x04", 26, 30, 22), (b"PK\x01\x02", 28, 46, 24)]:
        pos = data.find(signature)
        while pos >= 0:
            name_len = struct.unpack_from("<H", data, pos + name_len_at)[0]
            if data[pos + name_at:pos + name_at + name_len] == name:
                struct.pack_into("<I", data, pos + size_at, 100)
            pos = data.find(signature, pos + 4)
    open(path, "wb").write(bytes(data))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    openpyxl_fixture(os.path.join(OUT, "openpyxl.xlsx"))
    excel_like(os.path.join(OUT, "excel-like.xlsx"))
    bomb_ratio(os.path.join(OUT, "bomb-ratio.xlsx"))
    lying_size(os.path.join(OUT, "lying-size.xlsx"))
    for f in sorted(f for f in os.listdir(OUT) if f.endswith(".xlsx")):
        print(f, os.path.getsize(os.path.join(OUT, f)))
