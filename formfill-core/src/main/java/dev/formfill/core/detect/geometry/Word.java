package dev.formfill.core.detect.geometry;

/** A text word in displayed page points, with its font size. */
record Word(String text, double x0, double y0, double x1, double y1, double size) {

    double cx() {
        return (x0 + x1) / 2;
    }

    double cy() {
        return (y0 + y1) / 2;
    }
}
