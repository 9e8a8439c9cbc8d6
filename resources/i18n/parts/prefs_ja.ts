<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="40"/>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="46"/>
        <source>Follow the system</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="42"/>
        <source>Same as the interface</source>
        <translation>表示言語と同じ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="43"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="44"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="45"/>
        <source>English and Japanese</source>
        <translation>英語と日本語（併記）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="47"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="48"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="49"/>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="50"/>
        <source>Refit automatically</source>
        <translation>自動的に合わせる</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="51"/>
        <source>Ask</source>
        <translation>確認する</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="52"/>
        <source>Keep the view</source>
        <translation>表示範囲を変えない</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="81"/>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="82"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="88"/>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="90"/>
        <source>The language of menus and dialogs; applies the next time the application starts</source>
        <translation>メニューとダイアログの言語です。次回の起動時から適用されます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="92"/>
        <source>The interface language changes the next time you start Briefing Explorer.</source>
        <translation>表示言語は、次に Briefing Explorer を起動したときに切り替わります。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="98"/>
        <source>Label language</source>
        <translation>データの表示言語</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="100"/>
        <source>The language of event titles, names, domains and statuses in every view and export</source>
        <translation>出来事の表題、名称、分野、状況を、すべての表示と書き出しでどの言語で示すかを選びます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="109"/>
        <source>Text size</source>
        <translation>文字の大きさ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="111"/>
        <source>The size of every text in the window, the timeline included, in percent</source>
        <translation>年表を含むウィンドウ内のすべての文字の大きさ（%）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="116"/>
        <source>Text size in percent</source>
        <translation>文字の大きさ（%）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="121"/>
        <source>Preview: EU–Japan EPA in force, 1 February 2019</source>
        <translation>プレビュー：日EU・EPA 発効（2019年2月1日）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="122"/>
        <source>Text size preview</source>
        <translation>文字の大きさのプレビュー</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="129"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="131"/>
        <source>Colours of the window, the timeline and the charts; exports always stay light</source>
        <translation>ウィンドウ、年表、グラフの配色です。書き出しは常にライトで描かれます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="134"/>
        <source>Timeline after a filter change</source>
        <translation>絞り込み変更後の年表</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="136"/>
        <source>Whether the timeline zooms to the events a new filter shows</source>
        <translation>絞り込みを変えたとき、年表の表示範囲を残った出来事に合わせるかどうかを選びます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="139"/>
        <source>e.g. OFFICIAL</source>
        <translation>例：取扱注意</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="140"/>
        <source>Default classification marking</source>
        <translation>既定の取扱区分表示</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="142"/>
        <source>Printed on every exported page and slide unless you change it in the export</source>
        <translation>書き出し時に変更しない限り、書き出すすべてのページとスライドに印字されます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="145"/>
        <source>Your home folder</source>
        <translation>ホームフォルダ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="146"/>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="254"/>
        <source>Export folder</source>
        <translation>書き出し先フォルダ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="147"/>
        <source>Where export dialogs start</source>
        <translation>書き出しダイアログで最初に開くフォルダです</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="148"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="149"/>
        <source>Choose the export folder</source>
        <translation>書き出し先フォルダを選択</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="159"/>
        <source>&amp;Interface language:</source>
        <translation>表示言語(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="162"/>
        <source>&amp;Label language:</source>
        <translation>データの表示言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="167"/>
        <source>Text &amp;size:</source>
        <translation>文字の大きさ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="169"/>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="170"/>
        <source>Time&amp;line after a filter change:</source>
        <translation>絞り込み変更後の年表(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="172"/>
        <source>Default &amp;marking:</source>
        <translation>既定の取扱区分表示(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="176"/>
        <source>E&amp;xport folder:</source>
        <translation>書き出し先フォルダ(&amp;X):</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="181"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="182"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="183"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/preferences_dialog.py" line="277"/>
        <source>The preferences could not be saved: {why}</source>
        <translation>設定を保存できません：{why}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../../explorer/qt/views/shortcuts_dialog.py" line="69"/>
        <location filename="../../../explorer/qt/views/shortcuts_dialog.py" line="70"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/shortcuts_dialog.py" line="73"/>
        <source>Filter by action, menu or key</source>
        <translation>操作、メニュー、キーで絞り込み</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/shortcuts_dialog.py" line="75"/>
        <source>Filter the shortcuts</source>
        <translation>ショートカットの絞り込み</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/shortcuts_dialog.py" line="77"/>
        <source>Shows only the shortcuts whose action, menu or keys contain the text</source>
        <translation>操作名、メニュー名、キーに入力した文字を含むショートカットだけを表示します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/shortcuts_dialog.py" line="82"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/shortcuts_dialog.py" line="82"/>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/shortcuts_dialog.py" line="85"/>
        <source>Shortcuts</source>
        <translation>ショートカット一覧</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/shortcuts_dialog.py" line="86"/>
        <source>Each action with its keys, grouped by menu</source>
        <translation>メニューごとにまとめた操作とそのキー</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/shortcuts_dialog.py" line="92"/>
        <source>No shortcut matches.</source>
        <translation>該当するショートカットはありません。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/shortcuts_dialog.py" line="97"/>
        <location filename="../../../explorer/qt/views/shortcuts_dialog.py" line="98"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/shortcuts_dialog.py" line="119"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <location filename="../../../explorer/qt/views/user_guide.py" line="89"/>
        <source>User guide — Briefing Explorer</source>
        <translation>使い方ガイド — Briefing Explorer</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/user_guide.py" line="90"/>
        <source>User guide</source>
        <translation>使い方ガイド</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/user_guide.py" line="95"/>
        <source>Guide contents</source>
        <translation>ガイドの目次</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/user_guide.py" line="96"/>
        <source>Choose a section of the guide to read</source>
        <translation>読みたい項目を選んでください</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/user_guide.py" line="106"/>
        <source>Guide text</source>
        <translation>ガイド本文</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/user_guide.py" line="110"/>
        <location filename="../../../explorer/qt/views/user_guide.py" line="112"/>
        <source>Find in the guide</source>
        <translation>ガイド内を検索</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/user_guide.py" line="114"/>
        <source>Press Enter for the next match, in this section or the following ones</source>
        <translation>Enter キーで次の該当箇所へ移動します（この項目になければ次の項目以降を探します）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/user_guide.py" line="116"/>
        <location filename="../../../explorer/qt/views/user_guide.py" line="117"/>
        <source>Find next</source>
        <translation>次を検索</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/user_guide.py" line="121"/>
        <source>Guide messages</source>
        <translation>ガイドからのお知らせ</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/user_guide.py" line="162"/>
        <source>This section of the guide is missing.</source>
        <translation>ガイドのこの項目が見つかりません。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/user_guide.py" line="181"/>
        <location filename="../../../explorer/qt/views/user_guide.py" line="193"/>
        <source>Links outside the guide are not opened: {url}</source>
        <translation>ガイド外へのリンクは開きません：{url}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/user_guide.py" line="220"/>
        <source>“{text}” is not in the guide.</source>
        <translation>「{text}」はガイド内に見つかりません。</translation>
    </message>
</context>
</TS>
