package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
)

const data = `date,store,item,qty,unit_price
2024-01-03,A,"Coffee, dark",3,4.50
2024-01-03,B,Tea,10,2.25
2024-01-04,A,Tea,4,2.25
2024-01-04,C,"Muffin ""big""",6,3.10
2024-01-05,B,Coffee,n/a,4.50
2024-01-05,C,Tea,2,2.30
`

type Row struct {
	Date  string
	Store string
	Item  string
	Qty   int
	Price float64
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, err := r.Read()
	if err != nil {
		fmt.Println("header:", err)
		return
	}
	fmt.Printf("header: %q\n", header)

	var rows []Row
	var skipped []string
	for line := 2; ; line++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("read:", err)
			return
		}
		qty, err := strconv.Atoi(rec[3])
		if err != nil {
			skipped = append(skipped, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		price, _ := strconv.ParseFloat(rec[4], 64)
		rows = append(rows, Row{rec[0], rec[1], rec[2], qty, price})
	}
	fmt.Println("parsed", len(rows), "rows; skipped", len(skipped))
	for _, s := range skipped {
		fmt.Println("  ", s)
	}

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tSTORE\tITEM\tQTY\tTOTAL\t")
	var grand float64
	for _, row := range rows {
		total := float64(row.Qty) * row.Price
		grand += total
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%.2f\t\n", row.Date, row.Store, row.Item, row.Qty, total)
	}
	fmt.Fprintf(tw, "\t\t\t\t%.2f\t\n", grand)
	tw.Flush()

	tw2 := tabwriter.NewWriter(os.Stdout, 6, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw2, "a\tbbb\tc\t")
	fmt.Fprintln(tw2, "aaaa\tb\tcccccc\t")
	tw2.Flush()

	var sb strings.Builder
	w := csv.NewWriter(&sb)
	w.Write([]string{"store", "note"})
	w.Write([]string{"A", `says "hi", twice`})
	w.Write([]string{"B", "multi\nline"})
	w.Flush()
	fmt.Print(sb.String())
	fmt.Println("writer err:", w.Error())

	bad := csv.NewReader(strings.NewReader("a,b\n1,2,3\n"))
	_, err = bad.ReadAll()
	fmt.Println("bad csv:", err)

	semi := csv.NewReader(strings.NewReader("# comment\nx;y\n1;2\n"))
	semi.Comma = ';'
	semi.Comment = '#'
	all, err := semi.ReadAll()
	fmt.Println(all, err)
}
