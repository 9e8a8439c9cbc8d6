"""Export time and output size per format (PNG, SVG, PDF, PPTX) at 1920×1080.

Ours: ``explorer.qt.exporting.export_view`` for the chart view of the pack's first indicator
(building the spec, laying out the slide, painting, writing), exactly as File ▸ Export does.

Baseline: the same chart spec drawn by matplotlib (Agg) with its title, subtitle and source lines,
saved as PNG/SVG/PDF; for PPTX, that PNG placed on a python-pptx slide. matplotlib is not an app
dependency: ``pip install -r benchmarks/requirements.txt``, else the baseline is reported n/a.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.harness import Context, ScenarioUnavailable, try_baseline

NAME = "export"
TITLE = "Export"
ORDER = 70
FORMATS = ("png", "svg", "pdf", "pptx")
BASELINE_BUDGET_S = 60.0


def _matplotlib():
    try:
        import matplotlib
    except ImportError:
        raise ScenarioUnavailable("matplotlib not installed (pip install -r "
                                  "benchmarks/requirements.txt)") from None
    matplotlib.use("Agg")
    from matplotlib import pyplot

    return pyplot


def matplotlib_export(spec, out: Path, fmt: str) -> Path:
    """The chart as a first version would export it: one matplotlib figure, saved."""
    plt = _matplotlib()
    fig = plt.figure(figsize=(19.2, 10.8), dpi=100)
    fig.suptitle(spec.title, fontsize=22, x=0.02, ha="left")
    fig.text(0.02, 0.91, spec.subtitle, fontsize=13)
    axes = [fig.add_axes((0.06, 0.2 + i * 0.7 / len(spec.panels), 0.9, 0.62 / len(spec.panels)))
            for i in range(len(spec.panels))]
    for ax, panel in zip(axes, spec.panels):
        for s in panel.series:
            figs = sorted((f for f in s.figures if f.value is not None), key=lambda f: f.x)
            ax.plot([f.x for f in figs], [f.value for f in figs], color=s.colour, linewidth=2,
                    marker="o", markersize=3, label=s.label)
        ax.set_ylabel(panel.unit)
        ax.legend(loc="upper left", fontsize=9)
        ax.grid(axis="y", alpha=0.2)
    fig.text(0.02, 0.02, "\n".join(spec.footer_lines()[:8]), fontsize=10, va="bottom")
    image = out.with_suffix(".png") if fmt == "pptx" else out
    fig.savefig(image, format="png" if fmt == "pptx" else fmt)
    plt.close(fig)
    if fmt == "pptx":
        from pptx import Presentation
        from pptx.util import Emu

        deck = Presentation()
        deck.slide_width, deck.slide_height = Emu(12192000), Emu(6858000)
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        slide.shapes.add_picture(str(image), 0, 0, width=deck.slide_width)
        deck.save(str(out))
    return out


def run(ctx: Context) -> None:
    from benchmarks.qt_support import qt_app
    from explorer.export.view_state import ExportOptions, ViewState
    from explorer.qt import exporting
    from explorer.state.comparison_setup import ComparisonSetup

    qt_app()
    pack = ctx.load_pack()
    indicator = str(pack.indicators["id"].iat[0])
    view = ViewState(view="chart", pack=str(ctx.pack_path),
                     comparison=ComparisonSetup(indicator_id=indicator))
    session = exporting.session_for(view, pack)
    n_points = sum(len(s.figures) for p in exporting.spec_for(view, pack, session).panels
                   for s in p.series)
    quick = {"warmup": 0, "reps": 1} if ctx.quick else {}  # a smoke run: one export per format
    for fmt in FORMATS:
        options = ExportOptions.make(fmt, "1920x1080")
        ours_out = ctx.scratch / f"ours.{fmt}"
        base_out = ctx.scratch / f"matplotlib.{fmt}"
        ours = ctx.measure(lambda options=options, ours_out=ours_out:
                           exporting.export_view(view, options, ours_out, pack=pack), **quick)

        def naive(base_out: Path = base_out, fmt: str = fmt) -> Path:
            spec = exporting.spec_for(view, pack, exporting.session_for(view, pack))
            return matplotlib_export(spec, base_out, fmt)

        base, why = try_baseline(lambda: ctx.measure(naive, budget_s=BASELINE_BUDGET_S, **quick))
        label = "matplotlib" + (" PNG on a python-pptx slide" if fmt == "pptx" else "")
        ctx.record(f"export.{fmt}", f"{fmt.upper()} 1920×1080", ours, baseline=base,
                   baseline_label=label, baseline_unavailable=why)
        size_base = [float(base_out.stat().st_size)] if base is not None else None
        ctx.record(f"export.{fmt}.size", f"{fmt.upper()} file size", [float(ours_out.stat().st_size)],
                   unit="bytes", baseline=size_base, baseline_label=label,
                   baseline_unavailable=why, baseline_competes=False)
    ctx.note(f"the chart of {indicator}: {n_points:,} figures.")
