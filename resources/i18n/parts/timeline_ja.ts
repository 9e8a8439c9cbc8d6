<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>RefitBar</name>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="69"/>
        <source>Fit the timeline to the filtered events?</source>
        <translation>絞り込み後の出来事に合わせて年表を表示し直しますか？</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="70"/>
        <source>Fit</source>
        <translation>合わせる</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="71"/>
        <source>Fit the timeline to the filtered events</source>
        <translation>絞り込み後の出来事に合わせて年表を表示</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="73"/>
        <source>Zooms the timeline to the events the filter now shows</source>
        <translation>現在の絞り込みで表示される出来事に合わせて年表を拡大・縮小します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="77"/>
        <source>Close (keep the current view)</source>
        <translation>閉じる（現在の表示のまま）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="78"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="80"/>
        <source>Keeps the timeline&apos;s current view and hides this question</source>
        <translation>年表の現在の表示を保ったまま、この確認を閉じます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="84"/>
        <source>Fit the timeline?</source>
        <translation>年表の表示範囲の確認</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../../../explorer/qt/render/timeline_painter.py" line="646"/>
        <source>No pack open</source>
        <translation>データパックが開かれていません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/render/timeline_painter.py" line="678"/>
        <source>No events match the filter</source>
        <translation>絞り込みに該当する出来事はありません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/render/timeline_painter.py" line="680"/>
        <source>No events in this period (Home fits them)</source>
        <translation>この期間の出来事はありません（Home キーで全体を表示）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/render/timeline_painter.py" line="1065"/>
        <source>{n} events in view: zoom in to see them one by one</source>
        <translation>表示中の出来事 {n} 件：個別に見るには拡大してください</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/render/timeline_painter.py" line="1113"/>
        <source>+{n} more, zoom in</source>
        <translation>ほか {n} 件（拡大して表示）</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="117"/>
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="119"/>
        <source>Events and agreements over time, one lane per partner or domain. Wheel or plus and minus zoom, drag pans, Home fits the filtered events, Left and Right step through events, Shift+Left and Shift+Right go to events outside the view; the event table lists the same events.</source>
        <translation>出来事と協定を時系列で示す年表です。相手国・地域または分野ごとに1行で表示します。ホイールまたはプラス・マイナスキーで拡大・縮小、ドラッグで移動、Home キーで絞り込み後の出来事の全体を表示、左右の矢印キーで出来事を順に選択、Shift＋左右の矢印キーで表示範囲外の出来事に移動します。同じ出来事は出来事一覧にも表示されます。</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="436"/>
        <source>No pack open</source>
        <translation>データパックが開かれていません</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="441"/>
        <source>{n} events, {first}–{last}</source>
        <translation>出来事 {n} 件、{first}年～{last}年</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="444"/>
        <source>; {before} earlier and {after} later outside the view</source>
        <translation>、表示範囲外：前 {before} 件・後 {after} 件</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="452"/>
        <source>; selected: {title}, {when}</source>
        <translation>、選択中：{title}（{when}）</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="644"/>
        <source>{n} filtered events before this view: click (or press Shift+Left) to go to the nearest</source>
        <translation>この表示範囲より前に、絞り込み後の出来事が {n} 件あります。クリック（または Shift＋左矢印キー）で最も近い出来事に移動します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="646"/>
        <source>{n} filtered events after this view: click (or press Shift+Right) to go to the nearest</source>
        <translation>この表示範囲より後に、絞り込み後の出来事が {n} 件あります。クリック（または Shift＋右矢印キー）で最も近い出来事に移動します</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="659"/>
        <source>{lane}: {n} events here; zoom in to see them</source>
        <translation>{lane}：この付近に出来事 {n} 件。拡大すると個別に表示されます</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="675"/>
        <source>Status: {status}</source>
        <translation>状況：{status}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="676"/>
        <source>Parties: {parties}</source>
        <translation>当事者：{parties}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="682"/>
        <source>Milestones: {steps}</source>
        <translation>経過：{steps}</translation>
    </message>
    <message>
        <location filename="../../../explorer/qt/views/timeline_view.py" line="699"/>
        <source>ongoing</source>
        <translation>継続中</translation>
    </message>
</context>
</TS>
