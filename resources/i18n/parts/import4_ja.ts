<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="142" />
            <source>The file</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="143" />
            <source>Choose a CSV, TSV, TXT or Excel (XLSX) file. Check how it was read, and change anything that looks wrong: the preview follows at once.</source>
            <translation>CSV、TSV、TXT または Excel（XLSX）のファイルを選んでください。読み込み方を確認し、正しくない点があれば変更してください。プレビューはすぐに更新されます。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="147" />
            <source>A .csv, .tsv, .txt or .xlsx file</source>
            <translation>.csv、.tsv、.txt または .xlsx のファイル</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="148" />
            <source>File to import</source>
            <translation>取り込むファイル</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="150" />
            <source>&amp;Browse…</source>
            <translation>参照(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="151" />
            <source>Browse for the file to import</source>
            <translation>取り込むファイルを参照</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="154" />
            <source>Encoding</source>
            <translation>文字コード</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="157" />
            <source>e.g. latin-1, euc-jp, gb18030</source>
            <translation>例：latin-1、euc-jp、gb18030</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="158" />
            <source>Other encoding</source>
            <translation>その他の文字コード</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="163" />
            <source>Delimiter</source>
            <translation>区切り文字</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="170" />
            <source>Header row</source>
            <translation>見出し行</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="172" />
            <source>The row holding the column names, counting from 1 as a spreadsheet does; rows above it are titles and are not imported</source>
            <translation>列名が書かれた行（表計算ソフトと同じく 1 から数えます）。それより上の行は表題とみなし、取り込みません</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="179" />
            <source>Sheet</source>
            <translation>シート</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="180" />
            <source>none (not a workbook)</source>
            <translation>なし（ブックではありません）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="188" />
            <source>How the file was read</source>
            <translation>ファイルの読み込み方</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="192" />
            <source>Problem reading the file</source>
            <translation>ファイルの読み込みの問題</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="202" />
            <source>Preview of the first rows</source>
            <translation>先頭の行のプレビュー</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="215" />
            <source>&amp;Encoding</source>
            <translation>文字コード(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="216" />
            <source>&amp;Delimiter</source>
            <translation>区切り文字(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="217" />
            <source>&amp;Header row</source>
            <translation>見出し行(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="218" />
            <source>&amp;Sheet</source>
            <translation>シート(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="230" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="302" />
            <source>Reading {file}…</source>
            <translation>{file} を読み込んでいます…</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="321" />
            <source>✖ {problem}</source>
            <translation>× {problem}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="324" />
            <source>✖ Internal error (please report it): {detail}</source>
            <translation>× 内部エラーが発生しました（開発担当者に報告してください）：{detail}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="352" />
            <source>, sheet {sheet}</source>
            <translation>、シート {sheet}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="353" />
            <source>{file}{sheet}: {columns} columns, {rows} rows after the header (row {header}).</source>
            <translation>{file}{sheet}：{columns} 列、見出し（{header} 行目）の後に {rows} 行。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="363" />
            <source>Detected ({what})</source>
            <translation>自動判定（{what}）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="389" />
            <source>Import data from</source>
            <translation>データの取り込み元</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="58" />
            <source>Import</source>
            <translation>取り込み</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="59" />
            <source>The new pack is written as a folder and opened alongside the current one. The whole file is read now; you can cancel at any time and nothing is written.</source>
            <translation>新しいデータパックはフォルダーとして保存され、現在のデータパックと並べて開かれます。ここでファイル全体を読み込みます。いつでもキャンセルでき、その場合は何も保存されません。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="70" />
            <source>Pack folder</source>
            <translation>データパックのフォルダー</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="73" />
            <source>Bro&amp;wse…</source>
            <translation>参照(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="74" />
            <source>Browse for the pack folder</source>
            <translation>データパックのフォルダーを参照</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="78" />
            <source>About the pack folder</source>
            <translation>データパックのフォルダーについて</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="80" />
            <source>Pack title</source>
            <translation>データパックの表題</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="82" />
            <source>&amp;Import</source>
            <translation>取り込み(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="83" />
            <source>Start the import</source>
            <translation>取り込みを開始</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="86" />
            <source>&amp;Cancel import</source>
            <translation>取り込みをキャンセル(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="87" />
            <source>Cancel import</source>
            <translation>取り込みをキャンセル</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="91" />
            <source>Import progress</source>
            <translation>取り込みの進行状況</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="95" />
            <source>Import stage</source>
            <translation>取り込みの段階</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="98" />
            <source>Import status</source>
            <translation>取り込みの状況</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="106" />
            <source>Pack &amp;folder</source>
            <translation>データパックのフォルダー(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="107" />
            <source>Pack &amp;title</source>
            <translation>データパックの表題(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="133" />
            <source>{file} (imported)</source>
            <translation>{file}（取り込み）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="148" />
            <source>Choose a folder for the pack.</source>
            <translation>データパックのフォルダーを選んでください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="150" />
            <source>An earlier import of {file} is there: it will be updated (a window showing it reloads).</source>
            <translation>以前に取り込んだ {file} のデータパックがあります。これを更新します（表示中のウィンドウは再読み込みします）。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="154" />
            <source>This folder is not empty and was not written by an import: choose another.</source>
            <translation>このフォルダーは空ではなく、取り込みで作成したものでもありません。別のフォルダーを選んでください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="157" />
            <source>A new folder.</source>
            <translation>新しいフォルダーです。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="183" />
            <source>Cancelling…</source>
            <translation>キャンセルしています…</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="210" />
            <source>✔ {summary}.
Pack written to {folder}</source>
            <translation>○ {summary}。
データパックの保存先：{folder}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="221" />
            <source>Import cancelled: nothing was written.</source>
            <translation>取り込みをキャンセルしました。何も保存されていません。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="228" />
            <source>✖ Not imported: {problem}</source>
            <translation>× 取り込めませんでした：{problem}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/import_page.py" line="234" />
            <source>Folder for the new pack</source>
            <translation>新しいデータパックのフォルダー</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="45" />
            <source>Tables</source>
            <translation>表</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="46" />
            <source>All files</source>
            <translation>すべてのファイル</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="50" />
            <source>Import mapping</source>
            <translation>取り込みの対応表</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="55" />
            <source>Other…</source>
            <translation>その他…</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="56" />
            <source>Comma  ,</source>
            <translation>カンマ  ,</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="57" />
            <source>Semicolon  ;</source>
            <translation>セミコロン  ;</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="58" />
            <source>Tab</source>
            <translation>タブ</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="59" />
            <source>Pipe  |</source>
            <translation>縦線  |</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="60" />
            <source>comma</source>
            <translation>カンマ</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="61" />
            <source>semicolon</source>
            <translation>セミコロン</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="62" />
            <source>tab</source>
            <translation>タブ</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="63" />
            <source>pipe</source>
            <translation>縦線</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="65" />
            <source>Events: agreements, summits, policies (one per row)</source>
            <translation>出来事：協定、首脳会談、政策など（1 行に 1 件）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="66" />
            <source>Figures: observations (one value per row, or one column per period)</source>
            <translation>統計値：観測値（1 行に 1 値、または期間ごとに 1 列）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="68" />
            <source>Exchange rates</source>
            <translation>為替レート</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="69" />
            <source>Actors: countries, blocs, organisations</source>
            <translation>関係者：国、地域統合体、国際機関</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="71" />
            <source>&amp;Detect</source>
            <translation>自動判定(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="72" />
            <source>Da&amp;y first (31/12/2001)</source>
            <translation>日が先（31/12/2001）(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="73" />
            <source>Month &amp;first (12/31/2001)</source>
            <translation>月が先（12/31/2001）(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="74" />
            <source>as written</source>
            <translation>記載のまま</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="75" />
            <source>cut to the year</source>
            <translation>年単位に切り詰め</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="76" />
            <source>cut to the month</source>
            <translation>月単位に切り詰め</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="81" />
            <source>made from the title</source>
            <translation>表題から作成</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="82" />
            <source>“Imported from FILE, row N.”</source>
            <translation>「ファイル名の N 行目から取り込み」</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="83" />
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="84" />
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="86" />
            <source>the imported file</source>
            <translation>取り込んだファイル</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="85" />
            <source>0 (units as written)</source>
            <translation>0（記載の単位のまま）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="87" />
            <source>from the actor lookup, else from the name</source>
            <translation>関係者の照合表から、なければ名称から作成</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="88" />
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="89" />
            <source>from the actor lookup</source>
            <translation>関係者の照合表から</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="95" />
            <source>(choose a column for it, or type a value for every row)</source>
            <translation>（列を選ぶか、全行に共通の値を入力してください）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="97" />
            <source>choose one for indicator.domain below</source>
            <translation>下の indicator.domain で分野を選んでください</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="98" />
            <source>(see “Dates” below)</source>
            <translation>（下の「日付」を参照）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="100" />
            <source>choose which under “Country codes as numbers”</source>
            <translation>「数字で書かれた国コード」でどちらかを選んでください</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="103" />
            <source>decide from the values</source>
            <translation>値から判定</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="104" />
            <source>ISO 3166-1 numeric (392 = Japan)</source>
            <translation>ISO 3166-1 数字コード（392 = 日本）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/common.py" line="105" />
            <source>Correlates of War (740 = Japan)</source>
            <translation>Correlates of War（740 = 日本）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="60" />
            <source>name and content</source>
            <translation>列名と内容</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="61" />
            <source>name</source>
            <translation>列名</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="62" />
            <source>content</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="64" />
            <source>(year column)</source>
            <translation>（年の列）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="65" />
            <source>(month column)</source>
            <translation>（月の列）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="66" />
            <source>(day column)</source>
            <translation>（日の列）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="67" />
            <source>year</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="67" />
            <source>month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="68" />
            <source>day</source>
            <translation>日</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="83" />
            <source>A setting of the records this import creates</source>
            <translation>この取り込みで作成するレコードの設定</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="85" />
            <source> (required)</source>
            <translation>（必須）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="99" />
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="229" />
            <source>(not from a column)</source>
            <translation>（列を使わない）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="104" />
            <source>Column for {field}</source>
            <translation>{field} の列</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="112" />
            <source>Suggested: {column} — matched by {why} (score {score})</source>
            <translation>候補：{column} — {why} で一致（スコア {score}）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="118" />
            <source>{field} is split over {n} columns ({parts}); choose each</source>
            <translation>{field} は {n} 列（{parts}）に分かれています。それぞれ選んでください</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="122" />
            <source>{field} from separate year, month and day columns</source>
            <translation>{field} を年・月・日の別々の列から読む</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="124" />
            <source>{field} from separate year and month columns</source>
            <translation>{field} を年・月の別々の列から読む</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="148" />
            <source>Value of {field} for every row</source>
            <translation>全行に共通の {field} の値</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="149" />
            <source>The same {field} for every row (used when no column is chosen)</source>
            <translation>全行に同じ {field} を使います（列を選ばない場合）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="152" />
            <source>if left out: {value}</source>
            <translation>省略時：{value}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="153" />
            <source>required</source>
            <translation>必須</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="174" />
            <source>(no second column)</source>
            <translation>（2 番目の列なし）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="175" />
            <source>else {column}</source>
            <translation>なければ {column}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="178" />
            <source>Second column for {field}, read where the first has no date</source>
            <translation>{field} の 2 番目の列（最初の列に日付がない場合に読む）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="180" />
            <source>Where the chosen column has no date, read {field} from this one (each such row gets a note in the report)</source>
            <translation>選んだ列に日付がない場合、{field} をこの列から読みます（該当する行は結果に注記されます）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="185" />
            <source>Suggested: {column} — {why}</source>
            <translation>候補：{column} — {why}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="192" />
            <source>several</source>
            <translation>複数列</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="193" />
            <source>{field} from several columns</source>
            <translation>{field} を複数の列から読む</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="195" />
            <source>The items of {field} are spread over several columns (members in c1…c194): tick them, or type a range or a pattern</source>
            <translation>{field} の要素が複数の列（c1…c194 の加盟国など）に分かれています。該当する列にチェックを入れるか、範囲またはパターンを入力してください</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="199" />
            <source>c1..c194 or c*, then Enter</source>
            <translation>c1..c194 または c* と入力して Enter</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="201" />
            <source>Columns for {field} by range or pattern</source>
            <translation>{field} の列（範囲またはパターンで指定）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="204" />
            <source>Columns for {field}</source>
            <translation>{field} の列</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="252" />
            <source>none ticked</source>
            <translation>チェックなし</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="253" />
            <source>1 column: {columns}</source>
            <translation>1 列：{columns}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="254" />
            <source>{n} columns: {columns}</source>
            <translation>{n} 列：{columns}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="312" />
            <source>else {column} (not in this file)</source>
            <translation>なければ {column}（このファイルにはありません）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="332" />
            <source>{column} (not in this file)</source>
            <translation>{column}（このファイルにはありません）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/field_row.py" line="338" />
            <source>{value} (not allowed)</source>
            <translation>{value}（使用できない値）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="155" />
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="164" />
            <source>Detected</source>
            <translation>自動判定</translation>
        </message>
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
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="166" />
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="167" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="168" />
            <source>Field</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="169" />
            <source>Status</source>
            <translation>状況</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="170" />
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="171" />
            <source>Found</source>
            <translation>記載内容</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="175" />
            <source>Every line</source>
            <translation>すべての行</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="176" />
            <source>Rejected rows</source>
            <translation>不採用の行</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="177" />
            <source>Skipped rows</source>
            <translation>スキップした行</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="178" />
            <source>Notes on how values were read</source>
            <translation>値の読み方についての注記</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/wizard.py" line="70" />
            <source>Import data</source>
            <translation>データの取り込み</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/wizard.py" line="92" />
            <source>&amp;Finish and open</source>
            <translation>完了して開く(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/wizard.py" line="93" />
            <source>&amp;Next &gt;</source>
            <translation>次へ(&amp;N) &gt;</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/wizard.py" line="94" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; 戻る(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/wizard.py" line="95" />
            <location filename="../../../explorer/qt/views/import_wizard/wizard.py" line="100" />
            <location filename="../../../explorer/qt/views/import_wizard/wizard.py" line="127" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/wizard.py" line="96" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/wizard.py" line="97" />
            <source>Next page</source>
            <translation>次のページ</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/wizard.py" line="98" />
            <source>Previous page</source>
            <translation>前のページ</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/wizard.py" line="99" />
            <source>Finish and open the pack</source>
            <translation>完了してデータパックを開く</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/wizard.py" line="127" />
            <source>&amp;Close</source>
            <translation>閉じる(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="83" />
            <source>Columns to fields</source>
            <translation>列と項目の対応</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="84" />
            <source>Say what the file holds and which column feeds each field. Suggestions are pre-filled; hover a column choice to see why. * marks a required field.</source>
            <translation>ファイルの内容と、各項目に使う列を指定してください。候補があらかじめ入っています（列の選択欄にポインターを置くと理由を表示します）。* は必須の項目です。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="88" />
            <source>What the file holds</source>
            <translation>ファイルの内容</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="93" />
            <source>&amp;Load mapping…</source>
            <translation>対応表を読み込み(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="94" />
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="426" />
            <source>Load mapping</source>
            <translation>対応表を読み込み</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="95" />
            <source>Take the columns, values and reading options saved from an earlier import</source>
            <translation>以前の取り込みで保存した列・値の対応と読み込みの設定を使います</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="98" />
            <source>Sa&amp;ve mapping…</source>
            <translation>対応表を保存(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="99" />
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="436" />
            <source>Save mapping</source>
            <translation>対応表を保存</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="110" />
            <source>Fields and the columns that feed them</source>
            <translation>項目とその列</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="113" />
            <source>&amp;Wide table: one column per period</source>
            <translation>横長の表：期間ごとに 1 列(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="114" />
            <source>Wide table</source>
            <translation>横長の表</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="119" />
            <source>Period precision</source>
            <translation>期間の精度</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="127" />
            <source>Day order: {order}</source>
            <translation>日付の順序：{order}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="137" />
            <source>e.g. 9999-12-31 0   (dates meaning “open-ended”; space between)</source>
            <translation>例：9999-12-31 0   （「期限なし」を意味する日付。空白で区切る）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="139" />
            <source>Sentinel dates</source>
            <translation>特別な意味の日付</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="144" />
            <source>Missing-value tokens</source>
            <translation>欠損値の記号</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="145" />
            <source>Cells holding one of these mean “no value” in every column: a figure is skipped, a summary or source left out, a list item dropped. NA stays Namibia in a column of ISO-2 country codes. An empty cell always means no value.</source>
            <translation>これらの記号のセルは、どの列でも「値なし」とみなします（数値はスキップ、概要や出典は省略、一覧の要素は除外）。ただし ISO 2 文字の国コードの列では NA はナミビアです。空のセルは常に「値なし」です。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="150" />
            <source>De&amp;cimal comma (1.234,5 means 1234.5)</source>
            <translation>小数点にカンマ（1.234,5 は 1234.5）(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="151" />
            <source>Decimal comma</source>
            <translation>小数点にカンマ</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="157" />
            <source>List separator</source>
            <translation>一覧の区切り文字</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="158" />
            <source>Between the items of a list cell (several parties or domains)</source>
            <translation>一覧のセル（複数の当事者や分野）の要素の間の文字</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="162" />
            <source>Reading values</source>
            <translation>値の読み方</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="171" />
            <source>&amp;Periods</source>
            <translation>期間(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="174" />
            <source>Dates like 03/04/2001</source>
            <translation>03/04/2001 のような日付</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="177" />
            <source>Se&amp;ntinel dates</source>
            <translation>特別な意味の日付(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="178" />
            <source>&amp;Missing values</source>
            <translation>欠損値(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="185" />
            <source>List separa&amp;tor</source>
            <translation>一覧の区切り文字(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="194" />
            <source>Mapping check</source>
            <translation>対応の確認</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="198" />
            <source>The file &amp;holds</source>
            <translation>ファイルの内容(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="250" />
            <source>Field</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="250" />
            <source>From the column</source>
            <translation>使う列</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="251" />
            <source>…or this value for every row</source>
            <translation>…または全行に共通の値</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="271" />
            <source>, … {n} more</source>
            <translation>、ほか {n} 列</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="273" />
            <source> and </source>
            <translation>・</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="274" />
            <source>{n} columns are periods ({columns}): each becomes a row, with {fields} taken from the column. Map the other fields as usual.</source>
            <translation>{n} 列が期間です（{columns}）。各列を 1 行として取り込み、{fields} は列から取ります。その他の項目は通常どおり対応付けてください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="324" />
            <source>The list separator must not be empty.</source>
            <translation>一覧の区切り文字を入力してください。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="332" />
            <source>✖ {problem}</source>
            <translation>× {problem}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="334" />
            <source>✔ The mapping can work. Next: check values the import would not recognise.</source>
            <translation>○ この対応で取り込めます。次に、認識できない値を確認します。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="337" />
            <source>Complete the mapping first</source>
            <translation>先に対応を完成させてください</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="355" />
            <source>No dates written as NN/NN/YYYY in the mapped columns.</source>
            <translation>対応付けた列に NN/NN/YYYY 形式の日付はありません。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="358" />
            <source>Dates like 03/04/2001 are read day first.</source>
            <translation>03/04/2001 のような日付は日が先として読みます。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="360" />
            <source>Dates like 03/04/2001 are read month first.</source>
            <translation>03/04/2001 のような日付は月が先として読みます。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="362" />
            <source>⚠ Dates such as 03/04/2001 could be day/month or month/day and nothing in the file settles it: choose day first or month first, or rows with such dates will be rejected.</source>
            <translation>⚠ 03/04/2001 のような日付は日/月とも月/日とも読め、ファイルからは判別できません。「日が先」か「月が先」を選んでください。選ばない場合、このような日付の行は不採用になります。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="367" />
            <source>Detected day first (a date in the file only reads that way).</source>
            <translation>日が先と判定しました（ファイル中にそうとしか読めない日付があります）。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="369" />
            <source>Detected month first (a date in the file only reads that way).</source>
            <translation>月が先と判定しました（ファイル中にそうとしか読めない日付があります）。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="385" />
            <source>✖ Mapping not loaded: {problem}</source>
            <translation>× 対応表を読み込めませんでした：{problem}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/mapping_page.py" line="443" />
            <source>✖ Mapping not saved: {file}: {problem}</source>
            <translation>× 対応表を保存できませんでした：{file}：{problem}</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="129" />
            <source>Row {row}: above the header (a title); not imported</source>
            <translation>{row} 行目：見出しより上（表題）のため取り込みません</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="131" />
            <source>Row {row}: the header (column names)</source>
            <translation>{row} 行目：見出し（列名）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/file_page.py" line="132" />
            <source>Row {row}</source>
            <translation>{row} 行目</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="185" />
            <source>Report</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="186" />
            <source>Every row not imported, with its reason, and every note on how a value was read. Finish opens the new pack alongside the current one.</source>
            <translation>取り込まなかったすべての行とその理由、値の読み方についてのすべての注記です。「完了して開く」で新しいデータパックを現在のものと並べて開きます。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="190" />
            <source>Import summary</source>
            <translation>取り込みの概要</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="192" />
            <source>Show</source>
            <translation>表示</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="195" />
            <source>Filter: words in any column (row number, field, reason…)</source>
            <translation>絞り込み：いずれかの列の語（行番号、項目、理由など）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="197" />
            <source>Filter the report</source>
            <translation>結果の絞り込み</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="200" />
            <source>&amp;Export report as CSV…</source>
            <translation>結果を CSV で書き出し(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="201" />
            <source>Export report as CSV</source>
            <translation>結果を CSV で書き出し</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="206" />
            <source>Rows not imported and notes</source>
            <translation>取り込まなかった行と注記</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="216" />
            <source>What to do about the selected line</source>
            <translation>選択した行への対応</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="219" />
            <source>Lines shown</source>
            <translation>表示中の行数</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="225" />
            <source>S&amp;how</source>
            <translation>表示(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="254" />
            <source>{read} rows read from {file}: {imported} imported ({records} {kind} records), {rejected} rejected, {skipped} skipped (no value).</source>
            <translation>{file} から {read} 行を読み込みました：取り込み {imported} 行（{kind} のレコード {records} 件）、不採用 {rejected} 行、スキップ {skipped} 行（値なし）。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="260" />
            <source>Pack folder: {folder}</source>
            <translation>データパックのフォルダー：{folder}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="262" />
            <source>Nothing to report: every row was imported as written.</source>
            <translation>報告事項はありません。すべての行を記載どおりに取り込みました。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="263" />
            <source>{n} actors created: {names}</source>
            <translation>作成した関係者 {n} 件：{names}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="264" />
            <source>{n} indicators created: {names}</source>
            <translation>作成した指標 {n} 件：{names}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="269" />
            <source>, … {n} more</source>
            <translation>、ほか {n} 列</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="280" />
            <source>What to do: {hint}</source>
            <translation>対応：{hint}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="286" />
            <source>{n} of {m} lines shown</source>
            <translation>{m} 行中 {n} 行を表示</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="297" />
            <source>✖ Report not written: {file}: {problem}</source>
            <translation>× 結果を書き出せませんでした：{file}：{problem}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="300" />
            <source>Report written to {file}</source>
            <translation>結果を {file} に書き出しました</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/report_page.py" line="308" />
            <source>Export report</source>
            <translation>結果の書き出し</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="120" />
            <source>Values and actors</source>
            <translation>値と関係者</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="121" />
            <source>A trial run on the first rows lists texts the import would not recognise. Map them here, or go on: rows with an unmapped value are rejected and listed in the report; unknown actors are created, named after the text.</source>
            <translation>先頭の行で試しに読み込み、認識できない文字列を一覧にします。ここで対応付けるか、そのまま進んでください。対応付けていない値の行は不採用となり結果に記載されます。未知の関係者は、その文字列を名称として作成します。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="131" />
            <source>Trial run</source>
            <translation>試し読み</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="132" />
            <source>Check &amp;again</source>
            <translation>再確認(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="133" />
            <source>Check again</source>
            <translation>再確認</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="134" />
            <source>Run the trial again with the maps chosen here</source>
            <translation>ここで選んだ対応で、もう一度試し読みします</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="138" />
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="164" />
            <source>Field</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="138" />
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="147" />
            <source>Text in the file</source>
            <translation>ファイル中の文字列</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="139" />
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="139" />
            <source>Import as</source>
            <translation>取り込む値</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="140" />
            <source>New domain: 日本語, colour</source>
            <translation>新しい分野：日本語名、色</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="141" />
            <source>Values not recognised</source>
            <translation>認識できない値</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="147" />
            <source>Actor id</source>
            <translation>関係者 ID</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="148" />
            <source>Would be</source>
            <translation>取り込み結果</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="149" />
            <source>Actors not in the lookup</source>
            <translation>照合表にない関係者</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="164" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="164" />
            <source>Found</source>
            <translation>記載内容</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="165" />
            <source>Read as</source>
            <translation>読み方</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="166" />
            <source>Columns with missing-value tokens</source>
            <translation>欠損値の記号がある列</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="172" />
            <source>Columns holding “no value” tokens (NA, N/A, …): how should they be read?</source>
            <translation>「値なし」の記号（NA、N/A など）がある列：どのように読みますか？</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="178" />
            <source>Country codes as numbers are</source>
            <translation>数字で書かれた国コードの種類</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="180" />
            <source>Country codes as numbers</source>
            <translation>数字で書かれた国コード</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="189" />
            <source>Values not allowed in the pack</source>
            <translation>データパックで使用できない値</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="193" />
            <source>Actors not in the lookup (type an id, or pick a suggestion)</source>
            <translation>照合表にない関係者（ID を入力するか、候補から選んでください）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="222" />
            <source>Trying the mapping on the first {n} rows…</source>
            <translation>先頭の {n} 行で対応を試しています…</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="236" />
            <source>✖ {problem}</source>
            <translation>× {problem}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="265" />
            <source>Trial on all {n} rows: {accepted} would be imported</source>
            <translation>全 {n} 行で試行：{accepted} 行を取り込み</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="267" />
            <source>Trial on the first {n} rows: {accepted} would be imported</source>
            <translation>先頭の {n} 行で試行：{accepted} 行を取り込み</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="270" />
            <source>{n} rejected</source>
            <translation>不採用 {n} 行</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="272" />
            <source>{n} skipped (no value)</source>
            <translation>スキップ {n} 行（値なし）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="273" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="273" />
            <source>.</source>
            <translation>。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="275" />
            <source> Every value and actor was recognised.</source>
            <translation>すべての値と関係者を認識できました。</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="289" />
            <source>Column {column} ({field}): {counts}. Which system are they in?</source>
            <translation>列 {column}（{field}）：{counts}。どちらのコード体系ですか？</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="296" />
            <source>choose…</source>
            <translation>選んでください…</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="314" />
            <source>{n} of {m} cells are {token}</source>
            <translation>{m} セル中 {n} セルが {token}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="319" />
            <source>{column}: read {token} as</source>
            <translation>{column}：{token} の読み方</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="325" />
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="331" />
            <source>no value</source>
            <translation>値なし</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="326" />
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="339" />
            <source>leave the column out</source>
            <translation>この列を使わない</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="334" />
            <source>the actor {name} ({id})</source>
            <translation>関係者 {name}（{id}）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="336" />
            <source>an actor named {token}</source>
            <translation>名称 {token} の関係者</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="338" />
            <source>the text {token}</source>
            <translation>文字列 {token}</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="367" />
            <source>(leave: rows rejected)</source>
            <translation>（対応付けない：行は不採用）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="376" />
            <source>{id} (new domain)</source>
            <translation>{id}（新しい分野）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="378" />
            <source>new domain “{text}” ({id})</source>
            <translation>新しい分野「{text}」（{id}）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="381" />
            <source>{field}: import {text} as</source>
            <translation>{field}：{text} を取り込む値</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="408" />
            <source>new actor</source>
            <translation>新しい関係者</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="409" />
            <source>Actor id for {text}</source>
            <translation>{text} の関係者 ID</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="423" />
            <source>{name} ({id}, from the lookup)</source>
            <translation>{name}（{id}、照合表から）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="425" />
            <source>new actor {id}, named {text}</source>
            <translation>新しい関係者 {id}（名称 {text}）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="456" />
            <source>✖ {problems} (a colour is # and six hex digits, e.g. #2E7D32, or empty for one from the palette)</source>
            <translation>× {problems}（色は # と 16 進数 6 桁で指定してください。例：#2E7D32。空欄にするとパレットから選びます）</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="484" />
            <source>✖ Not a valid actor id (lowercase letters, digits, '-', '_' or '.'; starting with a letter or digit): {ids}</source>
            <translation>× 関係者 ID として使えません（英小文字、数字、「-」「_」「.」のみ。先頭は英小文字か数字）：{ids}</translation>
        </message>
    </context>
    <context>
        <name>_NewDomainFields</name>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="81" />
            <source>{text}: the new domain's Japanese label</source>
            <translation>{text}：新しい分野の日本語名</translation>
        </message>
        <message>
            <location filename="../../../explorer/qt/views/import_wizard/values_page.py" line="87" />
            <source>{text}: the new domain's colour</source>
            <translation>{text}：新しい分野の色</translation>
        </message>
    </context>
</TS>
