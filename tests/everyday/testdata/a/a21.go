// Fixed-width mainframe-style record writer and reader built on bytes.Buffer.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

type Field struct {
	Name  string
	Width int
	Right bool // right-align (numbers), pad with zeros
}

type Layout []Field

func (l Layout) Width() int {
	n := 0
	for _, f := range l {
		n += f.Width
	}
	return n
}

var custLayout = Layout{
	{"rectype", 2, false},
	{"acct", 8, true},
	{"name", 20, false},
	{"city", 12, false},
	{"balance_cents", 11, true},
	{"status", 1, false},
}

var ErrOverflow = errors.New("value exceeds field width")

// Encode appends one record to dst; on error dst is left untouched.
func (l Layout) Encode(dst *bytes.Buffer, vals map[string]string) error {
	var buf bytes.Buffer
	buf.Grow(l.Width() + 1)
	for _, f := range l {
		v := vals[f.Name]
		if len(v) > f.Width {
			if f.Right {
				return fmt.Errorf("%s=%q: %w (%d)", f.Name, v, ErrOverflow, f.Width)
			}
			v = v[:f.Width]
		}
		pad := f.Width - len(v)
		if f.Right {
			neg := strings.HasPrefix(v, "-")
			if neg {
				v = v[1:]
				buf.WriteByte('-')
			}
			buf.WriteString(strings.Repeat("0", pad))
			buf.WriteString(v)
		} else {
			buf.WriteString(v)
			buf.WriteString(strings.Repeat(" ", pad))
		}
	}
	buf.WriteByte('\n')
	_, err := buf.WriteTo(dst)
	return err
}

func (l Layout) Decode(line []byte) map[string]string {
	out := map[string]string{}
	pos := 0
	for _, f := range l {
		raw := string(line[pos : pos+f.Width])
		pos += f.Width
		if f.Right {
			neg := strings.HasPrefix(raw, "-")
			raw = strings.TrimLeft(strings.TrimPrefix(raw, "-"), "0")
			if raw == "" {
				raw = "0"
			}
			if neg {
				raw = "-" + raw
			}
		} else {
			raw = strings.TrimRight(raw, " ")
		}
		out[f.Name] = raw
	}
	return out
}

type Customer struct {
	Acct    int
	Name    string
	City    string
	Balance int64
	Active  bool
}

func (c Customer) fields() map[string]string {
	st := "I"
	if c.Active {
		st = "A"
	}
	return map[string]string{
		"rectype": "CU", "acct": strconv.Itoa(c.Acct), "name": strings.ToUpper(c.Name),
		"city": strings.ToUpper(c.City), "balance_cents": strconv.FormatInt(c.Balance, 10), "status": st,
	}
}

func main() {
	customers := []Customer{
		{1042, "Ada Lovelace", "London", 1234567, true},
		{77, "Grace Hopper", "Arlington", -4500, true},
		{990001, "Alan Mathison Turing Jr.", "Wilmslow", 0, false},
		{5, "Edsger Dijkstra", "Nuenen", 99999999999, true},
		{31337, "Ken Thompson", "Murray Hill", 2500, false},
		{123456789, "Barbara Liskov", "Boston", 100, true},
		{8080, "Donald Knuth", "Stanford", 123456789012, true},
	}
	var buf bytes.Buffer
	buf.WriteString("HD" + fmt.Sprintf("%-52s", "CUSTOMER EXTRACT 2024-03-31") + "\n")
	written := 0
	for _, c := range customers {
		if err := custLayout.Encode(&buf, c.fields()); err != nil {
			fmt.Println("encode error:", err, "| is overflow:", errors.Is(err, ErrOverflow))
			continue
		}
		written++
	}
	fmt.Fprintf(&buf, "TR%08d%44s\n", written, "")

	fmt.Printf("record width %d, buffer %d bytes\n", custLayout.Width(), buf.Len())
	ruler := strings.Repeat("----+----|", 6)[:custLayout.Width()]
	fmt.Println(ruler)
	fmt.Print(buf.String())
	fmt.Println(ruler)

	fmt.Println("\nRead back:")
	var total int64
	for {
		line, err := buf.ReadBytes('\n')
		if err == io.EOF {
			break
		}
		line = bytes.TrimRight(line, "\n")
		switch string(line[:2]) {
		case "HD":
			fmt.Printf("  header: %q\n", bytes.TrimSpace(line[2:]))
		case "TR":
			n, _ := strconv.Atoi(string(line[2:10]))
			fmt.Printf("  trailer: %d records declared\n", n)
		case "CU":
			rec := custLayout.Decode(line)
			bal, _ := strconv.ParseInt(rec["balance_cents"], 10, 64)
			total += bal
			fmt.Printf("  acct=%-6s name=%-20q city=%-12s balance=%12.2f status=%s\n",
				rec["acct"], rec["name"], rec["city"], float64(bal)/100, rec["status"])
		}
	}
	fmt.Printf("  total balance: %.2f, buffer now empty: %v\n", float64(total)/100, buf.Len() == 0)
}
