package dev.formfill.core.layout;

import dev.formfill.core.Box;
import dev.formfill.core.content.DrawnRect;
import dev.formfill.core.content.PageContent;
import dev.formfill.core.content.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's drawn structure in points (displayed page, origin top-left): every horizontal and
 * vertical line segment a field could sit on — rules, and the edges of drawn rectangles, filled
 * ones included (a grey or white box has edges even without a stroke). Tolerances in the layout
 * rules are in points, so this is the scale they work in.
 */
final class PageFrame {

    /** An axis-aligned segment: {@code pos} across it, {@code from..to} along it, in points. */
    record Segment(double pos, double from, double to) {
        double overlap(double a, double b) {
            return Math.max(0, Math.min(to, b) - Math.max(from, a));
        }

        boolean covers(double v, double slack) {
            return v >= from - slack && v <= to + slack;
        }
    }

    final double widthPt;
    final double heightPt;
    final List<Segment> horizontal = new ArrayList<>();
    final List<Segment> vertical = new ArrayList<>();

    PageFrame(PageContent content) {
        this.widthPt = content.widthPt();
        this.heightPt = content.heightPt();
        for (Rule r : content.horizontalRules()) {
            horizontal.add(new Segment(r.position() * heightPt, r.start() * widthPt, r.end() * widthPt));
        }
        for (Rule r : content.verticalRules()) {
            vertical.add(new Segment(r.position() * widthPt, r.start() * heightPt, r.end() * heightPt));
        }
        for (DrawnRect d : content.rects()) {
            Box b = toPoints(d.box());
            // a page-sized background is no field edge
            if (b.width() > 0.9 * widthPt && b.height() > 0.9 * heightPt) {
                continue;
            }
            horizontal.add(new Segment(b.y0(), b.x0(), b.x1()));
            horizontal.add(new Segment(b.y1(), b.x0(), b.x1()));
            vertical.add(new Segment(b.x0(), b.y0(), b.y1()));
            vertical.add(new Segment(b.x1(), b.y0(), b.y1()));
        }
    }

    /** A normalized box in points. */
    Box toPoints(Box n) {
        return new Box(n.x0() * widthPt, n.y0() * heightPt, n.x1() * widthPt, n.y1() * heightPt);
    }

    /** A box in points, normalized. */
    Box toNormalized(Box p) {
        return new Box(p.x0() / widthPt, p.y0() / heightPt, p.x1() / widthPt, p.y1() / heightPt);
    }

    boolean usable() {
        return widthPt > 0 && heightPt > 0;
    }
}
