<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="43" />
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="49" />
        <source>Follow the system</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="45" />
        <source>Same as the interface</source>
        <translation>表示言語と同じ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="46" />
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="47" />
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="48" />
        <source>English and Japanese</source>
        <translation>英語と日本語（併記）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="50" />
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="51" />
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="52" />
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="53" />
        <source>Refit automatically</source>
        <translation>自動的に合わせる</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="54" />
        <source>Ask</source>
        <translation>確認する</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="55" />
        <source>Keep the view</source>
        <translation>表示範囲を変えない</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="99" />
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="100" />
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="105" />
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="107" />
        <source>The language of menus and dialogs; applies the next time the application starts</source>
        <translation>メニューとダイアログの言語です。次回の起動時から適用されます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="109" />
        <source>The interface language changes the next time you start Briefing Explorer.</source>
        <translation>表示言語は、次に Briefing Explorer を起動したときに切り替わります。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="115" />
        <source>Label language</source>
        <translation>データの表示言語</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="117" />
        <source>The language of event titles, names, domains and statuses in every view and export</source>
        <translation>出来事の表題、名称、分野、状況を、すべての表示と書き出しでどの言語で示すかを選びます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="126" />
        <source>Text size</source>
        <translation>文字の大きさ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="128" />
        <source>The size of every text in the window, the timeline included, in percent</source>
        <translation>年表を含むウィンドウ内のすべての文字の大きさ（%）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="133" />
        <source>Text size in percent</source>
        <translation>文字の大きさ（%）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="138" />
        <source>Preview: EU–Japan EPA in force, 1 February 2019</source>
        <translation>プレビュー：日EU・EPA 発効（2019年2月1日）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="139" />
        <source>Text size preview</source>
        <translation>文字の大きさのプレビュー</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="146" />
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="148" />
        <source>Colours of the window, the timeline and the charts; exports always stay light</source>
        <translation>ウィンドウ、年表、グラフの配色です。書き出しは常にライトで描かれます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="151" />
        <source>Timeline after a filter change</source>
        <translation>絞り込み変更後の年表</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="153" />
        <source>Whether the timeline zooms to the events a new filter shows</source>
        <translation>絞り込みを変えたとき、年表の表示範囲を残った出来事に合わせるかどうかを選びます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="156" />
        <source>e.g. OFFICIAL</source>
        <translation>例：取扱注意</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="157" />
        <source>Default classification marking</source>
        <translation>既定の取扱区分表示</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="159" />
        <source>Printed on every exported page and slide unless you change it in the export</source>
        <translation>書き出し時に変更しない限り、書き出すすべてのページとスライドに印字されます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="162" />
        <source>Your home folder</source>
        <translation>ホームフォルダ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="163" />
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="278" />
        <source>Export folder</source>
        <translation>書き出し先フォルダ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="164" />
        <source>Where export dialogs start</source>
        <translation>書き出しダイアログで最初に開くフォルダです</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="165" />
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="166" />
        <source>Choose the export folder</source>
        <translation>書き出し先フォルダを選択</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="176" />
        <source>&amp;Interface language:</source>
        <translation>表示言語(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="179" />
        <source>&amp;Label language:</source>
        <translation>データの表示言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="184" />
        <source>Text &amp;size:</source>
        <translation>文字の大きさ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="186" />
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="187" />
        <source>Time&amp;line after a filter change:</source>
        <translation>絞り込み変更後の年表(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="189" />
        <source>Default &amp;marking:</source>
        <translation>既定の取扱区分表示(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="193" />
        <source>E&amp;xport folder:</source>
        <translation>書き出し先フォルダ(&amp;X):</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="198" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="199" />
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="200" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="301" />
        <source>The preferences could not be saved: {why}</source>
        <translation>設定を保存できません：{why}</translation>
    </message>
</context>
</TS>