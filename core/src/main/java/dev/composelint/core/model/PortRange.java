package dev.composelint.core.model;

/** An inclusive range of port numbers; a single port has start == end. */
public record PortRange(int start, int end) {

    public PortRange {
        if (end < start) throw new IllegalArgumentException("end < start: " + start + "-" + end);
    }

    public static PortRange single(int port) {
        return new PortRange(port, port);
    }

    public boolean overlaps(PortRange other) {
        return start <= other.end && other.start <= end;
    }

    public boolean contains(int port) {
        return port >= start && port <= end;
    }

    public int size() {
        return end - start + 1;
    }

    @Override
    public String toString() {
        return start == end ? Integer.toString(start) : start + "-" + end;
    }
}
