package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Wide quarterly report as exported from a spreadsheet.
const wide = `region,metric,2023Q3,2023Q4,2024Q1,2024Q2
North,revenue,"1,204.50","1,310.00",1298.75,"1,402.20"
North,units,310,335,322,356
South,revenue,980.00,,1044.10,1101.90
South,units,255,261,n/a,280
"West, Coastal",revenue,2210.40,2301.00,2405.95,2512.30
"West, Coastal",units,512,530,548,566
`

type longRow struct {
	Region, Metric, Period string
	Value                  float64
	Missing                bool
}

func melt(r io.Reader) ([]longRow, []string, error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, nil, err
	}
	periods := header[2:]
	var out []longRow
	var warnings []string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, err
		}
		line, _ := cr.FieldPos(0)
		for i, p := range periods {
			raw := strings.ReplaceAll(rec[i+2], ",", "")
			row := longRow{Region: rec[0], Metric: rec[1], Period: p}
			v, err := strconv.ParseFloat(raw, 64)
			if err != nil {
				row.Missing = true
				warnings = append(warnings, fmt.Sprintf("line %d %s/%s/%s: %q treated as missing", line, rec[0], rec[1], p, rec[i+2]))
			} else {
				row.Value = v
			}
			out = append(out, row)
		}
	}
	return out, warnings, nil
}

func main() {
	rows, warnings, err := melt(strings.NewReader(wide))
	if err != nil {
		fmt.Fprintln(os.Stderr, "melt:", err)
		os.Exit(1)
	}
	for _, w := range warnings {
		fmt.Fprintln(os.Stderr, "warning:", w)
	}

	// Forward-fill missing values within each (region, metric) series.
	last := map[[2]string]float64{}
	filled := 0
	for i := range rows {
		k := [2]string{rows[i].Region, rows[i].Metric}
		if rows[i].Missing {
			if v, ok := last[k]; ok {
				rows[i].Value = v
				filled++
			}
			continue
		}
		last[k] = rows[i].Value
	}

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "metric", "period", "value", "qoq_pct", "imputed"})
	prev := map[[2]string]float64{}
	for _, r := range rows {
		k := [2]string{r.Region, r.Metric}
		qoq := ""
		if p, ok := prev[k]; ok && p != 0 {
			qoq = strconv.FormatFloat((r.Value/p-1)*100, 'f', 2, 64)
		}
		prev[k] = r.Value
		w.Write([]string{r.Region, r.Metric, r.Period, strconv.FormatFloat(r.Value, 'f', -1, 64), qoq, strconv.FormatBool(r.Missing)})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "%d long rows written, %d values forward-filled\n", len(rows), filled)

	// Same data as TSV with a different delimiter and CRLF line endings shown quoted.
	var sb strings.Builder
	tsv := csv.NewWriter(&sb)
	tsv.Comma = '\t'
	tsv.UseCRLF = true
	for _, r := range rows[:3] {
		tsv.Write([]string{r.Region, r.Period, fmt.Sprint(r.Value)})
	}
	tsv.Flush()
	fmt.Printf("%q\n", sb.String())
}
