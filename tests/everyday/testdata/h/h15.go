// h15: build a markdown and a fixed-width report in bytes.Buffer from parsed deploy records.
package main

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

const deploys = `service|version|env|duration_s|status|author
api|1.14.0|prod|312|ok|ana
api|1.14.1|prod|298|ok|ana
web|2.3.0|staging|120|ok|bo
web|2.3.0|prod|145|failed|bo
worker|0.9.7|prod|610|ok|chen
api|1.15.0-rc1|staging|305|ok|dmitri
worker|0.9.8|prod|590|rolled_back|chen
web|2.3.1|prod|150|ok|bo`

type row map[string]string

func parse(src string) (cols []string, rows []row) {
	lines := strings.Split(src, "\n")
	cols = strings.Split(lines[0], "|")
	for _, l := range lines[1:] {
		r := row{}
		for i, v := range strings.Split(l, "|") {
			r[cols[i]] = v
		}
		rows = append(rows, r)
	}
	return cols, rows
}

func markdown(w *bytes.Buffer, cols []string, rows []row) {
	widths := make([]int, len(cols))
	for i, c := range cols {
		widths[i] = utf8.RuneCountInString(c)
		for _, r := range rows {
			widths[i] = max(widths[i], utf8.RuneCountInString(r[c]))
		}
	}
	writeRow := func(vals []string) {
		w.WriteByte('|')
		for i, v := range vals {
			fmt.Fprintf(w, " %-*s |", widths[i], v)
		}
		w.WriteByte('\n')
	}
	writeRow(cols)
	w.WriteByte('|')
	for _, wd := range widths {
		w.WriteString(strings.Repeat("-", wd+2))
		w.WriteByte('|')
	}
	w.WriteByte('\n')
	for _, r := range rows {
		vals := make([]string, len(cols))
		for i, c := range cols {
			vals[i] = r[c]
		}
		writeRow(vals)
	}
}

func summary(out io.Writer, rows []row) {
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "service\tdeploys\tfailures\tavg_s\t")
	byService := map[string][]row{}
	for _, r := range rows {
		byService[r["service"]] = append(byService[r["service"]], r)
	}
	names := make([]string, 0, len(byService))
	for n := range byService {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		total, fails := 0, 0
		for _, r := range byService[n] {
			d, _ := strconv.Atoi(r["duration_s"])
			total += d
			if r["status"] != "ok" {
				fails++
			}
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.1f\t\n", n, len(byService[n]), fails, float64(total)/float64(len(byService[n])))
	}
	tw.Flush()
}

func main() {
	cols, rows := parse(deploys)
	prod := slices.DeleteFunc(slices.Clone(rows), func(r row) bool { return r["env"] != "prod" })

	var buf bytes.Buffer
	buf.WriteString("## Production deploys\n\n")
	markdown(&buf, cols, prod)
	buf.WriteString("\n## Summary (all envs)\n\n")
	summary(&buf, rows)

	fmt.Print(buf.String())
	fmt.Printf("\nreport: %d bytes, %d lines\n", buf.Len(), bytes.Count(buf.Bytes(), []byte("\n")))

	// Buffers are also readers: consume the report line by line, stop at the summary.
	for {
		line, err := buf.ReadString('\n')
		if strings.HasPrefix(line, "## Summary") || err != nil {
			break
		}
	}
	fmt.Printf("remaining after skipping to summary: %d bytes\n", buf.Len())
}
