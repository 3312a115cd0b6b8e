// Bulk-loading sensor readings into a fake database in batches with slices.Chunk.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Reading struct {
	Sensor string
	Seq    int
	Value  float64
}

type FakeDB struct {
	rows        []Reading
	maxBatch    int
	statements  []string
	rejectEvery int // reject every Nth statement to exercise retries
	calls       int
}

var ErrTooLarge = errors.New("batch too large")
var ErrTransient = errors.New("transient failure")

func (db *FakeDB) InsertBatch(batch []Reading) error {
	db.calls++
	if len(batch) > db.maxBatch {
		return fmt.Errorf("%w: %d > %d", ErrTooLarge, len(batch), db.maxBatch)
	}
	if db.rejectEvery > 0 && db.calls%db.rejectEvery == 0 {
		return fmt.Errorf("call %d: %w", db.calls, ErrTransient)
	}
	placeholders := strings.TrimSuffix(strings.Repeat("(?,?,?),", len(batch)), ",")
	db.statements = append(db.statements, fmt.Sprintf("INSERT INTO readings VALUES %s", shorten(placeholders, 30)))
	db.rows = append(db.rows, batch...)
	return nil
}

func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

type LoadReport struct {
	Batches, Retries, Rows int
}

func Load(db *FakeDB, data []Reading, batchSize, maxRetries int) (LoadReport, error) {
	var rep LoadReport
	for batch := range slices.Chunk(data, batchSize) {
		var err error
		for attempt := range maxRetries + 1 {
			err = db.InsertBatch(batch)
			if err == nil {
				break
			}
			if !errors.Is(err, ErrTransient) {
				return rep, fmt.Errorf("batch %d: %w", rep.Batches+1, err)
			}
			rep.Retries++
			fmt.Printf("    retrying batch %d (attempt %d): %v\n", rep.Batches+1, attempt+2, err)
		}
		if err != nil {
			return rep, fmt.Errorf("batch %d gave up: %w", rep.Batches+1, err)
		}
		rep.Batches++
		rep.Rows += len(batch)
	}
	return rep, nil
}

func generate(n int) []Reading {
	sensors := []string{"temp-a", "temp-b", "hum-a"}
	out := make([]Reading, 0, n)
	for i := range n {
		out = append(out, Reading{
			Sensor: sensors[i%len(sensors)],
			Seq:    i,
			Value:  float64((i*37)%100) / 4,
		})
	}
	return out
}

func main() {
	data := generate(23)

	fmt.Println("== batch size 5, every 3rd call fails transiently ==")
	db := &FakeDB{maxBatch: 10, rejectEvery: 3}
	rep, err := Load(db, data, 5, 2)
	fmt.Printf("  report=%+v err=%v stored=%d calls=%d\n", rep, err, len(db.rows), db.calls)
	for i, s := range db.statements {
		fmt.Printf("  stmt %d: %s\n", i+1, s)
	}

	fmt.Println("== batch size too large ==")
	db = &FakeDB{maxBatch: 10}
	rep, err = Load(db, data, 12, 2)
	fmt.Printf("  report=%+v\n  err=%v\n  too large? %v\n", rep, err, errors.Is(err, ErrTooLarge))

	fmt.Println("== every call fails: give up ==")
	db = &FakeDB{maxBatch: 10, rejectEvery: 1}
	rep, err = Load(db, data, 10, 1)
	fmt.Printf("  report=%+v\n  err=%v\n", rep, err)

	fmt.Println("== batch size sweep ==")
	for _, size := range []int{1, 4, 8, 10} {
		db := &FakeDB{maxBatch: 10}
		rep, _ := Load(db, data, size, 0)
		fmt.Printf("  size %2d -> %2d batches, last batch %d rows\n", size, rep.Batches, len(data)-(rep.Batches-1)*size)
	}

	fmt.Println("== averages per chunk of 6 ==")
	for i, chunk := range enumerate(slices.Chunk(data, 6)) {
		sum := 0.0
		lo, hi := chunk[0].Value, chunk[0].Value
		for _, r := range chunk {
			sum += r.Value
			lo, hi = min(lo, r.Value), max(hi, r.Value)
		}
		fmt.Printf("  chunk %d seq %2d-%2d: n=%d avg=%6.2f min=%5.2f max=%5.2f\n",
			i, chunk[0].Seq, chunk[len(chunk)-1].Seq, len(chunk), sum/float64(len(chunk)), lo, hi)
	}
}

func enumerate[T any](seq func(func(T) bool)) func(func(int, T) bool) {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}
