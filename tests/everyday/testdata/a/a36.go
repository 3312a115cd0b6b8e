// Diff two CSV snapshots keyed by ID: added, removed and changed fields.
package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const yesterday = `id,name,email,plan,seats,country
17,Acme Corp,ops@acme.test,pro,25,US
23,Globex,it@globex.test,team,10,DE
31,Initech,admin@initech.test,free,1,US
42,Umbrella,sec@umbrella.test,enterprise,300,GB
55,Hooli,eng@hooli.test,pro,40,US
60,Stark Ind,tony@stark.test,enterprise,120,US
`

const today = `id,country,name,email,plan,seats
17,US,Acme Corp,ops@acme.test,pro,30
23,DE,Globex,it@globex.test,team,10
42,GB,Umbrella Corp,sec@umbrella.test,enterprise,280
55,US,Hooli,eng@hooli.test,enterprise,40
60,US,Stark Ind,tony@stark.test,enterprise,120
71,FR,Wayne Ent,bruce@wayne.test,team,12
88,JP,Tyrell,hq@tyrell.test,free,1
`

type Table struct {
	Cols []string
	Rows map[string]map[string]string
}

func load(name, data string) (*Table, error) {
	recs, err := csv.NewReader(strings.NewReader(data)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	t := &Table{Cols: recs[0], Rows: map[string]map[string]string{}}
	for _, r := range recs[1:] {
		row := map[string]string{}
		for i, c := range t.Cols {
			row[c] = r[i]
		}
		t.Rows[row["id"]] = row
	}
	return t, nil
}

func sortedIDs(m map[string]map[string]string) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		a, _ := strconv.Atoi(ids[i])
		b, _ := strconv.Atoi(ids[j])
		return a < b
	})
	return ids
}

type Change struct {
	ID, Field, Old, New string
}

func main() {
	old, err := load("yesterday", yesterday)
	if err != nil {
		fmt.Println(err)
		return
	}
	cur, err := load("today", today)
	if err != nil {
		fmt.Println(err)
		return
	}
	// Compare on a stable column order independent of file layout.
	cols := append([]string(nil), old.Cols...)
	sort.Strings(cols)

	var added, removed []string
	var changes []Change
	for _, id := range sortedIDs(cur.Rows) {
		if _, ok := old.Rows[id]; !ok {
			added = append(added, id)
		}
	}
	for _, id := range sortedIDs(old.Rows) {
		nr, ok := cur.Rows[id]
		if !ok {
			removed = append(removed, id)
			continue
		}
		for _, c := range cols {
			if o, n := old.Rows[id][c], nr[c]; o != n {
				changes = append(changes, Change{id, c, o, n})
			}
		}
	}

	fmt.Printf("yesterday: %d rows, today: %d rows\n", len(old.Rows), len(cur.Rows))
	fmt.Printf("column order changed: %v\n\n", strings.Join(old.Cols, ",") != strings.Join(cur.Cols, ","))

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "OP\tID\tFIELD\tBEFORE\tAFTER")
	for _, id := range added {
		r := cur.Rows[id]
		fmt.Fprintf(tw, "+\t%s\t*\t\t%s (%s, %s seats)\n", id, r["name"], r["plan"], r["seats"])
	}
	for _, id := range removed {
		r := old.Rows[id]
		fmt.Fprintf(tw, "-\t%s\t*\t%s (%s)\t\n", id, r["name"], r["plan"])
	}
	for _, c := range changes {
		fmt.Fprintf(tw, "~\t%s\t%s\t%s\t%s\n", c.ID, c.Field, c.Old, c.New)
	}
	tw.Flush()

	fmt.Println("\nSeat delta by plan:")
	delta := map[string]int{}
	sum := func(t *Table, sign int) {
		for _, r := range t.Rows {
			n, _ := strconv.Atoi(r["seats"])
			delta[r["plan"]] += sign * n
		}
	}
	sum(cur, 1)
	sum(old, -1)
	plans := make([]string, 0, len(delta))
	for p := range delta {
		plans = append(plans, p)
	}
	sort.Strings(plans)
	total := 0
	for _, p := range plans {
		total += delta[p]
		fmt.Printf("  %-11s %+5d\n", p, delta[p])
	}
	fmt.Printf("  %-11s %+5d\n", "TOTAL", total)

	upgrades := 0
	rank := map[string]int{"free": 0, "team": 1, "pro": 2, "enterprise": 3}
	for _, c := range changes {
		if c.Field == "plan" && rank[c.New] > rank[c.Old] {
			upgrades++
			fmt.Printf("\nupgrade: %s moved %s -> %s\n", cur.Rows[c.ID]["name"], c.Old, c.New)
		}
	}
	fmt.Printf("summary: +%d -%d ~%d field changes, %d upgrade(s)\n", len(added), len(removed), len(changes), upgrades)
}
