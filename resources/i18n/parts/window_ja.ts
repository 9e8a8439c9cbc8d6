<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
    <context>
        <name>FilterBar</name>
        <message>
            <source>a formal party</source>
            <translation>当事者のみ</translation>
        </message>
        <message>
            <source>a party or involved</source>
            <translation>当事者または関係国</translation>
        </message>
        <message>
            <source>{name} ({n}, +{m} involved)</source>
            <translation>{name}（{n}件、関係 +{m}件）</translation>
        </message>
        <message>
            <source>Titles, 日本語, notes…</source>
            <translation>表題・日本語・メモを検索…</translation>
        </message>
        <message>
            <source>Search titles, summaries, Japanese text and names, and notes</source>
            <translation>表題、概要、日本語の記載と名称、メモを検索します</translation>
        </message>
        <message>
            <source>Search events</source>
            <translation>出来事を検索</translation>
        </message>
        <message>
            <source>Words in titles, summaries, Japanese text and names, and notes</source>
            <translation>表題、概要、日本語の記載と名称、メモに含まれる語句</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>開始日</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>終了日</translation>
        </message>
        <message>
            <source>e.g. 2019 or 2019-02</source>
            <translation>例：2019、2019-02</translation>
        </message>
        <message>
            <source>A year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>年（2019）、年月（2019-02）、年月日（2019-02-01）のいずれかで入力します</translation>
        </message>
        <message>
            <source>Date range</source>
            <translation>期間</translation>
        </message>
        <message>
            <source>Drag either end to narrow the dates, by month</source>
            <translation>両端をドラッグすると、月単位で期間を絞り込めます</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>国・地域</translation>
        </message>
        <message>
            <source>Domains</source>
            <translation>分野</translation>
        </message>
        <message>
            <source>Kinds</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Statuses</source>
            <translation>状況</translation>
        </message>
        <message>
            <source>Packs</source>
            <translation>データパック</translation>
        </message>
        <message>
            <source>Tick to show only events with these; none ticked shows all. Space ticks.</source>
            <translation>チェックした項目に当てはまる出来事だけを表示します。何もチェックしなければすべて表示します。スペースキーでチェックできます。</translation>
        </message>
        <message>
            <source>Partner is</source>
            <translation>国・地域の関わり方</translation>
        </message>
        <message>
            <source>A formal party: events the partner signed, decided, met or acted in.
A party or involved: also events that only concern or mention it (a place, a target, a commentator).</source>
            <translation>当事者のみ：その国・地域が署名、決定、会談、実施した出来事。
当事者または関係国：その国・地域に関係する、または言及がある出来事も含めます（場所、対象、論評など）。</translation>
        </message>
        <message>
            <source>Untick a pack to hide its events and figures; one always stays shown</source>
            <translation>チェックを外すと、そのデータパックの出来事と統計値が非表示になります。少なくとも1つは常に表示されます</translation>
        </message>
        <message>
            <source>Filter result count</source>
            <translation>絞り込み結果の件数</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>絞り込みを解除(&amp;L)</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>絞り込みを解除</translation>
        </message>
        <message>
            <source>Show every event again</source>
            <translation>すべての出来事を再び表示します</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>検索(&amp;S)</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>期間</translation>
        </message>
        <message>
            <source>F&amp;rom</source>
            <translation>開始(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>終了(&amp;T)</translation>
        </message>
        <message>
            <source>Pa&amp;cks</source>
            <translation>データパック(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Partners</source>
            <translation>国・地域(&amp;P)</translation>
        </message>
        <message>
            <source>Do&amp;mains</source>
            <translation>分野(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Kinds</source>
            <translation>種類(&amp;K)</translation>
        </message>
        <message>
            <source>St&amp;atuses</source>
            <translation>状況(&amp;A)</translation>
        </message>
        <message>
            <source>Partner &amp;is</source>
            <translation>関わり方(&amp;I)</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>絞り込み</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} events</source>
            <translation>{total}件中{shown}件を表示</translation>
        </message>
        <message>
            <source>To: {problem}</source>
            <translation>終了：{problem}</translation>
        </message>
        <message>
            <source>From: {problem}</source>
            <translation>開始：{problem}</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>終了日が開始日より前になっています。</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start}～{end}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Filters</source>
            <translation>絞り込み</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>出来事</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳細</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>比較</translation>
        </message>
        <message>
            <source>Briefing</source>
            <translation>ブリーフィング</translation>
        </message>
        <message>
            <source>{panel} panel</source>
            <translation>{panel}パネル</translation>
        </message>
        <message>
            <source>Panel tabs</source>
            <translation>パネルのタブ</translation>
        </message>
        <message>
            <source>&amp;Open pack…</source>
            <translation>データパックを開く(&amp;O)…</translation>
        </message>
        <message>
            <source>Open a pack folder or .zip</source>
            <translation>データパックのフォルダまたは .zip を開きます</translation>
        </message>
        <message>
            <source>Open &amp;alongside…</source>
            <translation>並べて開く(&amp;A)…</translation>
        </message>
        <message>
            <source>Open another pack next to the open one: their events and figures show together</source>
            <translation>開いているデータパックに別のデータパックを加えて開きます。出来事と統計値が一緒に表示されます</translation>
        </message>
        <message>
            <source>Import &amp;data…</source>
            <translation>データの取り込み(&amp;D)…</translation>
        </message>
        <message>
            <source>Turn a CSV or Excel file into a new pack, opened alongside the current one</source>
            <translation>CSV または Excel のファイルから新しいデータパックを作成し、現在のものと並べて開きます</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>検索(&amp;F)…</translation>
        </message>
        <message>
            <source>Search titles, summaries, Japanese text and notes</source>
            <translation>表題、概要、日本語の記載、メモを検索します</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>絞り込みを解除(&amp;L)</translation>
        </message>
        <message>
            <source>Zoom to &amp;fit</source>
            <translation>全体を表示(&amp;F)</translation>
        </message>
        <message>
            <source>Show every visible event (Home on the timeline)</source>
            <translation>絞り込みで残った出来事が収まるように表示します（年表では Home キー）</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>拡大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>縮小(&amp;O)</translation>
        </message>
        <message>
            <source>Show &amp;eras</source>
            <translation>在任期間を表示(&amp;E)</translation>
        </message>
        <message>
            <source>Leaders' terms as background bands</source>
            <translation>首脳の在任期間を背景の帯で示します</translation>
        </message>
        <message>
            <source>F&amp;ull screen</source>
            <translation>全画面表示(&amp;U)</translation>
        </message>
        <message>
            <source>Lanes by &amp;partner</source>
            <translation>相手国・地域別のレーン(&amp;P)</translation>
        </message>
        <message>
            <source>Lanes by &amp;domain</source>
            <translation>分野別のレーン(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;About Briefing Explorer</source>
            <translation>Briefing Explorer について(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>使い方ガイド(&amp;U)</translation>
        </message>
        <message>
            <source>How to use Briefing Explorer, opened at the section of the panel you are in</source>
            <translation>Briefing Explorer の使い方を、操作中のパネルの項目から表示します</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts…</source>
            <translation>キーボードショートカット(&amp;K)…</translation>
        </message>
        <message>
            <source>Every command that has a keyboard shortcut, with its keys</source>
            <translation>キーボードショートカットのあるすべてのコマンドとそのキーの一覧</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>設定(&amp;P)…</translation>
        </message>
        <message>
            <source>Interface and label language, text size, theme, default marking, export folder</source>
            <translation>表示言語、データの表示言語、文字の大きさ、テーマ、既定の取扱区分表示、書き出し先フォルダ</translation>
        </message>
        <message>
            <source>Export my notes and &amp;briefings…</source>
            <translation>メモとブリーフィングを書き出し(&amp;B)…</translation>
        </message>
        <message>
            <source>One file with your notes, saved views and briefings, to move to another laptop</source>
            <translation>メモ、保存した表示、ブリーフィングを1つのファイルにまとめ、別のパソコンへ移せるようにします</translation>
        </message>
        <message>
            <source>&amp;Import notes and briefings…</source>
            <translation>メモとブリーフィングを取り込み(&amp;I)…</translation>
        </message>
        <message>
            <source>Merge a file exported on another laptop; nothing here is overwritten by older notes</source>
            <translation>別のパソコンで書き出したファイルを統合します。ここにある内容が古いメモで上書きされることはありません</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>書き出し(&amp;E)…</translation>
        </message>
        <message>
            <source>Chart, table, timeline or event as PNG, SVG, PDF, PowerPoint, CSV or Excel, with sources and marking</source>
            <translation>グラフ、表、年表または出来事を、出典と取扱区分表示付きで PNG、SVG、PDF、PowerPoint、CSV、Excel に書き出します</translation>
        </message>
        <message>
            <source>Copy c&amp;hart (image and data)</source>
            <translation>グラフをコピー（画像とデータ）(&amp;H)</translation>
        </message>
        <message>
            <source>The chart as a sourced slide picture, and its data</source>
            <translation>グラフを出典付きのスライド用画像として、データと一緒にコピーします</translation>
        </message>
        <message>
            <source>Add &amp;chart to briefing</source>
            <translation>グラフをブリーフィングに追加(&amp;C)</translation>
        </message>
        <message>
            <source>Add &amp;table to briefing</source>
            <translation>表をブリーフィングに追加(&amp;T)</translation>
        </message>
        <message>
            <source>Add time&amp;line view to briefing</source>
            <translation>年表をブリーフィングに追加(&amp;L)</translation>
        </message>
        <message>
            <source>Add selected &amp;event to briefing</source>
            <translation>選択した出来事をブリーフィングに追加(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>印刷(&amp;P)…</translation>
        </message>
        <message>
            <source>Print preview of the current view (the chart if the Compare panel has focus, else the timeline), marking on every page</source>
            <translation>現在の表示を印刷プレビューします（比較パネルを操作中ならグラフ、それ以外は年表）。取扱区分表示は全ページに入ります</translation>
        </message>
        <message>
            <source>Export briefing &amp;note…</source>
            <translation>ブリーフィングメモを書き出し(&amp;N)…</translation>
        </message>
        <message>
            <source>A one-page note (Word or PDF) from the current briefing, or from the current view when the briefing is empty</source>
            <translation>現在のブリーフィングから1ページのメモ（Word または PDF）を作成します。ブリーフィングが空のときは現在の表示から作成します</translation>
        </message>
        <message>
            <source>&amp;Print briefing…</source>
            <translation>ブリーフィングを印刷(&amp;P)…</translation>
        </message>
        <message>
            <source>Every item of the current briefing, one slide per page</source>
            <translation>現在のブリーフィングのすべての項目を、1ページに1枚ずつ印刷します</translation>
        </message>
        <message>
            <source>Go to &amp;timeline</source>
            <translation>年表へ移動(&amp;T)</translation>
        </message>
        <message>
            <source>Go to filter&amp;s</source>
            <translation>絞り込みへ移動(&amp;S)</translation>
        </message>
        <message>
            <source>Go to e&amp;vents</source>
            <translation>出来事へ移動(&amp;V)</translation>
        </message>
        <message>
            <source>Go to &amp;compare</source>
            <translation>比較へ移動(&amp;C)</translation>
        </message>
        <message>
            <source>Go to det&amp;ails</source>
            <translation>詳細へ移動(&amp;A)</translation>
        </message>
        <message>
            <source>Go to &amp;briefing</source>
            <translation>ブリーフィングへ移動(&amp;B)</translation>
        </message>
        <message>
            <source>Ne&amp;xt panel</source>
            <translation>次のパネル(&amp;X)</translation>
        </message>
        <message>
            <source>Previous pane&amp;l</source>
            <translation>前のパネル(&amp;L)</translation>
        </message>
        <message>
            <source>Reset la&amp;yout</source>
            <translation>レイアウトを元に戻す(&amp;Y)</translation>
        </message>
        <message>
            <source>Put every panel back where it was on first start, all of them shown</source>
            <translation>すべてのパネルを表示し、初回起動時の配置に戻します</translation>
        </message>
        <message>
            <source>Show or hide the {panel} panel</source>
            <translation>{panel}パネルの表示・非表示を切り替えます</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>最近使ったデータパック(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Close pack</source>
            <translation>データパックを閉じる(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Briefing</source>
            <translation>ブリーフィング(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>メインツールバー</translation>
        </message>
        <message>
            <source>Loading</source>
            <translation>読み込み中</translation>
        </message>
        <message>
            <source>Events shown</source>
            <translation>表示中の出来事の件数</translation>
        </message>
        <message>
            <source>Show it again</source>
            <translation>再表示</translation>
        </message>
        <message>
            <source>Show the hidden event again</source>
            <translation>非表示になった出来事を再表示</translation>
        </message>
        <message>
            <source>Clears the filters and selects the event the filter hid</source>
            <translation>絞り込みを解除し、絞り込みで非表示になった出来事を選択します</translation>
        </message>
        <message>
            <source>Clear the filters and select the event the filter hid</source>
            <translation>絞り込みを解除し、絞り込みで非表示になった出来事を選択します</translation>
        </message>
        <message>
            <source>Loading {path}…</source>
            <translation>{path} を読み込んでいます…</translation>
        </message>
        <message>
            <source>Loading {pack}…</source>
            <translation>{pack} を読み込んでいます…</translation>
        </message>
        <message>
            <source>Not closed: {reason}</source>
            <translation>閉じられませんでした：{reason}</translation>
        </message>
        <message>
            <source>Opened {title} alongside</source>
            <translation>{title} を並べて開きました</translation>
        </message>
        <message>
            <source>Opened {title}</source>
            <translation>{title} を開きました</translation>
        </message>
        <message>
            <source>{path} was not reloaded</source>
            <translation>{path} は読み込み直されませんでした</translation>
        </message>
        <message>
            <source>{path} was not opened</source>
            <translation>{path} は開けませんでした</translation>
        </message>
        <message>
            <source>Still open: {title}.</source>
            <translation>引き続き {title} を開いています。</translation>
        </message>
        <message>
            <source>Pack refused</source>
            <translation>データパックを開けません</translation>
        </message>
        <message>
            <source>{path} breaks the briefing-pack format (1 problem); nothing from it was loaded.</source>
            <translation>{path} はデータパックの形式に合っていません（問題 1件）。何も読み込んでいません。</translation>
        </message>
        <message>
            <source>{path} breaks the briefing-pack format ({n} problems); nothing from it was loaded.</source>
            <translation>{path} はデータパックの形式に合っていません（問題 {n}件）。何も読み込んでいません。</translation>
        </message>
        <message>
            <source>First problem:</source>
            <translation>最初の問題：</translation>
        </message>
        <message>
            <source>Could not open pack</source>
            <translation>データパックを開けませんでした</translation>
        </message>
        <message>
            <source>{path} could not be opened because of an internal error:</source>
            <translation>内部エラーのため {path} を開けませんでした：</translation>
        </message>
        <message>
            <source>The current pack stays open.</source>
            <translation>現在のデータパックは開いたままです。</translation>
        </message>
        <message>
            <source>Open briefing pack</source>
            <translation>データパックを開く</translation>
        </message>
        <message>
            <source>Open a pack alongside</source>
            <translation>データパックを並べて開く</translation>
        </message>
        <message>
            <source>Briefing packs (datapackage.json *.zip);;All files (*)</source>
            <translation>データパック (datapackage.json *.zip);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <source>&amp;Clear list</source>
            <translation>一覧を消去(&amp;C)</translation>
        </message>
        <message>
            <source>What changed &amp;since…</source>
            <translation>以前の版との違い(&amp;S)…</translation>
        </message>
        <message>
            <source>Pick another version of the open pack and see what differs from it</source>
            <translation>開いているデータパックの別の版を選び、違いを表示します</translation>
        </message>
        <message>
            <source>What changed in the last re&amp;load</source>
            <translation>直前の読み込み直しでの変更点(&amp;L)</translation>
        </message>
        <message>
            <source>The events and figures the last reload from disk added, removed or changed</source>
            <translation>直前にディスクから読み込み直したときに追加・削除・変更された出来事と統計値</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>変更点</translation>
        </message>
        <message>
            <source>What changed in the last reload</source>
            <translation>直前の読み込み直しでの変更点</translation>
        </message>
        <message>
            <source>Reload refused — keeping the previous version</source>
            <translation>読み込み直しできません — 以前の版のままです</translation>
        </message>
        <message>
            <source>Reloaded {title}: {changes}</source>
            <translation>{title} を読み込み直しました：{changes}</translation>
        </message>
        <message>
            <source>What changed since {version}</source>
            <translation>{version} からの変更点</translation>
        </message>
        <message>
            <source>Open a pack first</source>
            <translation>先にデータパックを開いてください</translation>
        </message>
        <message>
            <source>What changed since… (pick the earlier version)</source>
            <translation>以前の版との違い（以前の版を選択）</translation>
        </message>
        <message>
            <source>Note not saved: {reason}</source>
            <translation>メモを保存できませんでした：{reason}</translation>
        </message>
        <message>
            <source>Comparison not changed: {reason}</source>
            <translation>比較を変更できませんでした：{reason}</translation>
        </message>
        <message>
            <source>no indicator chosen</source>
            <translation>指標が選択されていません</translation>
        </message>
        <message>
            <source>none selected</source>
            <translation>選択なし</translation>
        </message>
        <message>
            <source>Chart: {name}</source>
            <translation>グラフ: {name}</translation>
        </message>
        <message>
            <source>Table of that chart</source>
            <translation>そのグラフの表</translation>
        </message>
        <message>
            <source>Timeline, as shown now</source>
            <translation>年表（現在の表示範囲）</translation>
        </message>
        <message>
            <source>Timeline, the whole filtered span</source>
            <translation>年表（絞り込み後の全期間）</translation>
        </message>
        <message>
            <source>Selected event: {title}</source>
            <translation>選択した出来事: {title}</translation>
        </message>
        <message>
            <source>Exported {files}</source>
            <translation>書き出しました：{files}</translation>
        </message>
        <message>
            <source>Choose an indicator in Compare before copying a chart</source>
            <translation>グラフをコピーする前に、比較パネルで指標を選択してください</translation>
        </message>
        <message>
            <source>Chart copied (picture and data)</source>
            <translation>グラフをコピーしました（画像とデータ）</translation>
        </message>
        <message>
            <source>Nothing to print: no {view} to show yet</source>
            <translation>印刷できるものがありません：表示中の{view}がありません</translation>
        </message>
        <message>
            <source>Not printed: {reason}</source>
            <translation>印刷できませんでした：{reason}</translation>
        </message>
        <message>
            <source>Nothing to write a note from: open a pack first</source>
            <translation>メモの元になるものがありません。先にデータパックを開いてください</translation>
        </message>
        <message>
            <source>chart</source>
            <translation>グラフ</translation>
        </message>
        <message>
            <source>table</source>
            <translation>表</translation>
        </message>
        <message>
            <source>timeline</source>
            <translation>年表</translation>
        </message>
        <message>
            <source>event</source>
            <translation>出来事</translation>
        </message>
        <message>
            <source>Nothing to add: no {view} to show yet</source>
            <translation>追加できるものがありません：表示中の{view}がありません</translation>
        </message>
        <message>
            <source>Saved {what} to {path}</source>
            <translation>{what}を {path} に保存しました</translation>
        </message>
        <message>
            <source>Nothing imported</source>
            <translation>何も取り込んでいません</translation>
        </message>
        <message>
            <source>Imported {what}</source>
            <translation>取り込みました：{what}</translation>
        </message>
        <message>
            <source>Export my notes and briefings</source>
            <translation>メモとブリーフィングを書き出し</translation>
        </message>
        <message>
            <source>Briefing Explorer data (*.json)</source>
            <translation>Briefing Explorer のデータ (*.json)</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>書き出しできませんでした</translation>
        </message>
        <message>
            <source>{path} was not written: {reason}</source>
            <translation>{path} に書き込めませんでした：{reason}</translation>
        </message>
        <message>
            <source>Import notes and briefings</source>
            <translation>メモとブリーフィングを取り込み</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>{app} について</translation>
        </message>
        <message>
            <source>The user guide is not available in this build</source>
            <translation>この版には使い方ガイドが含まれていません</translation>
        </message>
        <message>
            <source>The list of keyboard shortcuts is not available in this build</source>
            <translation>この版にはキーボードショートカットの一覧が含まれていません</translation>
        </message>
        <message>
            <source>The interface language changes the next time Briefing Explorer starts</source>
            <translation>表示言語は、次回 Briefing Explorer を起動したときに切り替わります</translation>
        </message>
        <message>
            <source>explore sourced briefing packs offline.</source>
            <translation>出典付きのデータパックをオフラインで閲覧できます。</translation>
        </message>
        <message>
            <source>Open pack:</source>
            <translation>開いているデータパック：</translation>
        </message>
        <message>
            <source>{title} (version {version})</source>
            <translation>{title}（版 {version}）</translation>
        </message>
        <message>
            <source>Licence:</source>
            <translation>ライセンス：</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>記載なし</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>出典：</translation>
        </message>
        <message>
            <source>{n} documents are cited row by row; see each event's details.</source>
            <translation>{n}件の文書を行ごとに出典として示しています。各出来事の詳細をご覧ください。</translation>
        </message>
        <message>
            <source>{shown} of {total} events</source>
            <translation>{total}件中{shown}件</translation>
        </message>
        <message>
            <source>“{title}” is hidden by the current filter, so nothing is selected now</source>
            <translation>「{title}」は現在の絞り込みで非表示になったため、選択が解除されました</translation>
        </message>
        <message>
            <source>Settings not saved: {reason}</source>
            <translation>設定を保存できませんでした：{reason}</translation>
        </message>
    </context>
    <context>
        <name>PackChangesModel</name>
        <message>
            <source>Kind</source>
            <translation>変更の種類</translation>
        </message>
        <message>
            <source>What</source>
            <translation>対象</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>表題</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Old</source>
            <translation>変更前</translation>
        </message>
        <message>
            <source>New</source>
            <translation>変更後</translation>
        </message>
    </context>
    <context>
        <name>PackChangesSummary</name>
        <message>
            <source>domain</source>
            <translation>分野</translation>
        </message>
        <message>
            <source>domains</source>
            <translation>分野</translation>
        </message>
        <message>
            <source>event</source>
            <translation>出来事</translation>
        </message>
        <message>
            <source>events</source>
            <translation>出来事</translation>
        </message>
        <message>
            <source>figure</source>
            <translation>統計値</translation>
        </message>
        <message>
            <source>figures</source>
            <translation>統計値</translation>
        </message>
        <message>
            <source>actor</source>
            <translation>関係者</translation>
        </message>
        <message>
            <source>actors</source>
            <translation>関係者</translation>
        </message>
        <message>
            <source>source</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>sources</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>指標</translation>
        </message>
        <message>
            <source>indicators</source>
            <translation>指標</translation>
        </message>
        <message>
            <source>era</source>
            <translation>在任期間</translation>
        </message>
        <message>
            <source>eras</source>
            <translation>在任期間</translation>
        </message>
        <message>
            <source>milestone</source>
            <translation>経過</translation>
        </message>
        <message>
            <source>milestones</source>
            <translation>経過</translation>
        </message>
        <message>
            <source>exchange rate</source>
            <translation>為替レート</translation>
        </message>
        <message>
            <source>exchange rates</source>
            <translation>為替レート</translation>
        </message>
        <message>
            <source>link</source>
            <translation>関連付け</translation>
        </message>
        <message>
            <source>links</source>
            <translation>関連付け</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空欄）</translation>
        </message>
        <message>
            <source>added</source>
            <translation>追加</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>変更</translation>
        </message>
    </context>
    <context>
        <name>PackChangesView</name>
        <message>
            <source>Added</source>
            <translation>追加</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>変更</translation>
        </message>
        <message>
            <source>All changes</source>
            <translation>すべての変更</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>変更点</translation>
        </message>
        <message>
            <source>From {old}
to {new}</source>
            <translation>変更前：{old}
変更後：{new}</translation>
        </message>
        <message>
            <source>Filter: words in any column</source>
            <translation>絞り込み：いずれかの列に含まれる語句</translation>
        </message>
        <message>
            <source>Filter changes</source>
            <translation>変更点を絞り込み</translation>
        </message>
        <message>
            <source>Shows only the rows with all these words</source>
            <translation>入力したすべての語句を含む行だけを表示します</translation>
        </message>
        <message>
            <source>Kind of change</source>
            <translation>変更の種類</translation>
        </message>
        <message>
            <source>Changes table</source>
            <translation>変更点の表</translation>
        </message>
        <message>
            <source>Picking an event's row selects that event in the main window</source>
            <translation>出来事の行を選ぶと、メインウィンドウでその出来事が選択されます</translation>
        </message>
        <message>
            <source>&amp;Copy as text</source>
            <translation>テキストとしてコピー(&amp;C)</translation>
        </message>
        <message>
            <source>Copy as text</source>
            <translation>テキストとしてコピー</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>CSV に書き出し(&amp;E)…</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>CSV に書き出し</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>{shown} of {total} rows</source>
            <translation>{total}行中{shown}行</translation>
        </message>
        <message>
            <source>{total} rows</source>
            <translation>{total}行</translation>
        </message>
        <message>
            <source>Export changes as CSV</source>
            <translation>変更点を CSV に書き出し</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>書き出しできませんでした</translation>
        </message>
        <message>
            <source>{path} was not written: {reason}</source>
            <translation>{path} に書き込めませんでした：{reason}</translation>
        </message>
    </context>
</TS>
