package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

type partition struct {
	name string
	rows [][]string
}

func writePartitions(dir string, parts []partition) error {
	for _, p := range parts {
		path := filepath.Join(dir, "region="+p.name, "part-0000.csv")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		w := csv.NewWriter(f)
		w.Write([]string{"month", "orders", "revenue"})
		w.WriteAll(p.rows)
		if err := w.Error(); err != nil {
			f.Close()
			return fmt.Errorf("write %s: %w", path, err)
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}

type totals struct {
	files, rows, orders int
	revenue             float64
}

func main() {
	dir, err := os.MkdirTemp("", "lake-*")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	parts := []partition{
		{"emea", [][]string{{"2024-01", "120", "5400.50"}, {"2024-02", "98", "4410.00"}, {"2024-03", "143", "6620.25"}}},
		{"apac", [][]string{{"2024-01", "75", "3010.00"}, {"2024-02", "81", "3322.10"}}},
		{"amer", [][]string{{"2024-01", "210", "9920.00"}, {"2024-02", "188", "8801.40"}, {"2024-03", "bad", "0"}}},
	}
	if err := writePartitions(dir, parts); err != nil {
		log.Fatal(err)
	}
	// A stray non-CSV file that the reader should ignore.
	os.WriteFile(filepath.Join(dir, "_SUCCESS"), nil, 0o644)

	byRegion := map[string]*totals{}
	byMonth := map[string]float64{}
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".csv" {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		region := strings.TrimPrefix(filepath.Dir(rel), "region=")
		t := &totals{}
		byRegion[region] = t
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		info, _ := d.Info()
		fmt.Printf("reading %-32s %4d bytes\n", filepath.ToSlash(rel), info.Size())
		recs, err := csv.NewReader(bufio.NewReader(f)).ReadAll()
		if err != nil {
			return err
		}
		t.files++
		for _, r := range recs[1:] {
			orders, err1 := strconv.Atoi(r[1])
			rev, err2 := strconv.ParseFloat(r[2], 64)
			if err1 != nil || err2 != nil {
				fmt.Printf("  skipping %v in %s\n", r, region)
				continue
			}
			t.rows++
			t.orders += orders
			t.revenue += rev
			byMonth[r[0]] += rev
		}
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}

	regions := slices.Sorted(func(yield func(string) bool) {
		for k := range byRegion {
			if !yield(k) {
				return
			}
		}
	})
	fmt.Println()
	for _, r := range regions {
		t := byRegion[r]
		fmt.Printf("%-5s files=%d rows=%d orders=%4d revenue=%9.2f aov=%6.2f\n",
			r, t.files, t.rows, t.orders, t.revenue, t.revenue/float64(t.orders))
	}
	months := make([]string, 0, len(byMonth))
	for m := range byMonth {
		months = append(months, m)
	}
	slices.Sort(months)
	for _, m := range months {
		fmt.Printf("%s %10.2f\n", m, byMonth[m])
	}

	entries, _ := os.ReadDir(dir)
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	fmt.Println("top-level entries:", names)
}
