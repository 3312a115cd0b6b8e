// h14: length-prefixed framing ("<len>:<payload>,") decoded with a custom bufio.SplitFunc.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

var errFrame = errors.New("malformed frame")

// scanNetstrings implements the netstring format: 5:hello,
func scanNetstrings(data []byte, atEOF bool) (int, []byte, error) {
	if len(data) == 0 {
		return 0, nil, nil
	}
	colon := bytes.IndexByte(data, ':')
	if colon < 0 {
		if len(data) > 10 {
			return 0, nil, fmt.Errorf("%w: length prefix too long", errFrame)
		}
		if atEOF {
			return 0, nil, fmt.Errorf("%w: truncated length", errFrame)
		}
		return 0, nil, nil
	}
	n, err := strconv.Atoi(string(data[:colon]))
	if err != nil || n < 0 {
		return 0, nil, fmt.Errorf("%w: bad length %q", errFrame, data[:colon])
	}
	end := colon + 1 + n
	if len(data) < end+1 {
		if atEOF {
			return 0, nil, fmt.Errorf("%w: truncated payload (want %d bytes)", errFrame, n)
		}
		return 0, nil, nil
	}
	if data[end] != ',' {
		return 0, nil, fmt.Errorf("%w: missing trailing comma", errFrame)
	}
	return end + 1, data[colon+1 : end], nil
}

func encode(w io.Writer, payloads ...string) {
	for _, p := range payloads {
		fmt.Fprintf(w, "%d:%s,", len(p), p)
	}
}

// oneByteReader delivers input one byte at a time to stress the split function.
type oneByteReader struct{ r io.Reader }

func (o oneByteReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

func decodeAll(name string, r io.Reader) {
	sc := bufio.NewScanner(r)
	sc.Split(scanNetstrings)
	var got []string
	for sc.Scan() {
		got = append(got, sc.Text())
	}
	fmt.Printf("%-10s frames=%d %q\n", name, len(got), got)
	if err := sc.Err(); err != nil {
		fmt.Printf("%-10s error: %v (errFrame=%t)\n", "", err, errors.Is(err, errFrame))
	}
}

func main() {
	var buf bytes.Buffer
	encode(&buf, "GET /index", "", "multi\nline", "comma,inside", "ünïcödé")
	wire := buf.String()
	fmt.Printf("wire (%d bytes): %q\n\n", len(wire), wire)

	decodeAll("whole", strings.NewReader(wire))
	decodeAll("bytewise", oneByteReader{strings.NewReader(wire)})
	decodeAll("truncated", strings.NewReader(wire[:len(wire)-4]))
	decodeAll("badlen", strings.NewReader("3:abc,x:zz,"))
	decodeAll("nocomma", strings.NewReader("3:abc;"))
	decodeAll("longpfx", strings.NewReader("123456789012345"))

	// Aggregate key=value payloads carried inside frames.
	var metrics bytes.Buffer
	encode(&metrics, "cpu=0.50", "mem=512", "cpu=0.70", "disk=12", "cpu=0.30", "mem=640")
	sc := bufio.NewScanner(&metrics)
	sc.Split(scanNetstrings)
	type stat struct {
		n   int
		sum float64
	}
	order := []string{}
	stats := map[string]*stat{}
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), "=")
		f, _ := strconv.ParseFloat(v, 64)
		if stats[k] == nil {
			stats[k] = &stat{}
			order = append(order, k)
		}
		stats[k].n++
		stats[k].sum += f
	}
	fmt.Println("\nmetric averages (first-seen order):")
	for _, k := range order {
		fmt.Printf("  %-5s n=%d avg=%.2f\n", k, stats[k].n, stats[k].sum/float64(stats[k].n))
	}
}
