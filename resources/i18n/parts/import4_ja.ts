<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="113" />
            <source>Check the delimiter and quoting, or repair the line in the file.</source>
            <translation>区切り文字と引用符を確認するか、ファイルの該当行を修正してください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="115" />
            <source>Give each row its own id, or map no id column so ids are made from titles.</source>
            <translation>行ごとに異なる ID を付けてください。または ID の列を割り当てず、表題から ID を作成させてください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="117" />
            <source>Map the text to one of the allowed values.</source>
            <translation>この文字列を、使用できる値のいずれかに対応付けてください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="118" />
            <source>Map the text to a three-letter ISO 4217 code such as JPY.</source>
            <translation>この文字列を、JPY などの ISO 4217 の 3 文字のコードに対応付けてください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="120" />
            <source>Map the number to an actor, or say it means no value.</source>
            <translation>この番号を関係者に対応付けるか、値なしを意味することを指定してください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="122" />
            <source>Map the text to an actor, or say it means no value.</source>
            <translation>この文字列を関係者に対応付けるか、値なしを意味することを指定してください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="123" />
            <source>Give the indicator a name with letters or digits.</source>
            <translation>指標に、文字または数字を含む名称を付けてください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="124" />
            <source>Give the row an id or a name with letters or digits.</source>
            <translation>この行に、文字または数字を含む ID または名称を付けてください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="125" />
            <source>Map the text to an existing domain.</source>
            <translation>この文字列を既存の分野に対応付けてください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="126" />
            <source>Correct the date in the file, or choose another date column.</source>
            <translation>ファイルの日付を修正するか、別の日付の列を選んでください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="128" />
            <source>Say whether the file writes the day or the month first.</source>
            <translation>このファイルの日付が日と月のどちらを先に書いているかを指定してください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="130" />
            <source>Correct the number in the file, or check the decimal mark.</source>
            <translation>ファイルの数値を修正するか、小数点の記号を確認してください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="132" />
            <source>Correct the whole number in the file.</source>
            <translation>ファイルの整数を修正してください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="133" />
            <source>Fill the cell, map another column, or give a value for every row.</source>
            <translation>セルに値を入力するか、別の列を割り当てるか、全行に共通の値を指定してください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="135" />
            <source>Say the token is a value in this column, or fill the cell.</source>
            <translation>この列ではこの欠損値の記号を値として扱うよう指定するか、セルに値を入力してください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="137" />
            <source>Map a kind column, or give one kind for every row.</source>
            <translation>種類の列を割り当てるか、全行に共通の種類を指定してください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="139" />
            <source>Check the start and end dates (day order, year).</source>
            <translation>開始日と終了日（日と月の順序、年）を確認してください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="141" />
            <source>Correct the rate: it must be above zero.</source>
            <translation>レートを修正してください。レートは 0 より大きい値でなければなりません。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="142" />
            <source>Check the base and quote columns: they must differ.</source>
            <translation>基準通貨と相手通貨の列を確認してください。両者は異なる通貨でなければなりません。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="144" />
            <source>Nothing to do: a row without a number is left out.</source>
            <translation>対応は不要です。数値のない行は取り込みません。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="145" />
            <source>Nothing to do, unless the fallback date is not the one meant.</source>
            <translation>代わりの列から読み取った日付が意図したものであれば、対応は不要です。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="147" />
            <source>Nothing to do: the date is kept as uncertain.</source>
            <translation>対応は不要です。日付は不確かなものとして取り込みます。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="148" />
            <source>Check the date was read as meant.</source>
            <translation>日付が意図どおりに読み取られたか確認してください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="149" />
            <source>Nothing to do: invisible characters were removed.</source>
            <translation>対応は不要です。目に見えない制御文字を削除しました。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="151" />
            <source>Check the token was read as meant in this column.</source>
            <translation>この列で欠損値の記号が意図どおりに読み取られたか確認してください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="153" />
            <source>Check the numbers were read in the right code system.</source>
            <translation>番号が正しいコード体系で読み取られたか確認してください。</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="216" />
            <source>What to do about the selected line</source>
            <translation>選択した行への対応</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="280" />
            <source>What to do: {hint}</source>
            <translation>対応：{hint}</translation>
        </message>
    </context>
</TS>
