package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// semicolonSplit is a bufio.SplitFunc that splits on ';'.
func semicolonSplit(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, ';'); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingReader struct {
	r     io.Reader
	bytes int
	reads int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.bytes += n
	c.reads++
	return n, err
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("SELECT 1; SELECT name FROM t ;  ; UPDATE t SET x=1"))
	sc.Split(semicolonSplit)
	for n := 1; sc.Scan(); n++ {
		if sc.Text() == "" {
			continue
		}
		fmt.Printf("stmt %d: %q\n", n, sc.Text())
	}

	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	var runes []string
	for rs.Scan() {
		runes = append(runes, rs.Text())
	}
	fmt.Println(runes, len(runes))

	br := bufio.NewReader(strings.NewReader("line one\nline two\nlast without newline"))
	for {
		line, err := br.ReadString('\n')
		fmt.Printf("%q err=%v\n", line, err)
		if err == io.EOF {
			break
		}
	}

	var buf bytes.Buffer
	buf.WriteString("header\n")
	fmt.Fprintf(&buf, "%d,%s\n", 1, "alpha")
	buf.Write([]byte("2,beta\n"))
	buf.WriteByte('#')
	fmt.Println(buf.Len(), strings.Count(buf.String(), "\n"))
	first, _ := buf.ReadString('\n')
	fmt.Printf("read %q, remaining %d\n", first, buf.Len())

	mr := io.MultiReader(strings.NewReader("abc"), strings.NewReader("def"), strings.NewReader("ghi"))
	cr := &countingReader{r: mr}
	lr := io.LimitReader(cr, 7)
	var tee bytes.Buffer
	all, err := io.ReadAll(io.TeeReader(lr, &tee))
	fmt.Println(string(all), err, tee.String(), cr.bytes)

	var out strings.Builder
	w := bufio.NewWriter(upperWriter{&out})
	fmt.Fprintf(w, "buffered %s ", "text")
	fmt.Println("before flush:", out.Len(), "buffered:", w.Buffered())
	w.WriteString("done")
	w.Flush()
	fmt.Println("after flush:", out.String())

	var sink bytes.Buffer
	n, err := io.Copy(&sink, io.NewSectionReader(strings.NewReader("0123456789"), 3, 4))
	fmt.Println(n, err, sink.String())
	n2, _ := io.CopyN(io.Discard, strings.NewReader("xyz"), 2)
	fmt.Println(n2, bytes.Equal([]byte("a"), []byte("a")), bytes.Fields([]byte(" a b ")))

	pr, pw := io.Pipe()
	go func() {
		defer pw.Close()
		for i := range 3 {
			fmt.Fprintf(pw, "msg-%d\n", i)
		}
	}()
	ps := bufio.NewScanner(pr)
	var got []string
	for ps.Scan() {
		got = append(got, ps.Text())
	}
	fmt.Println("pipe:", got)
}
