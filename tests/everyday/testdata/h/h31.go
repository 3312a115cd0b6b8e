// h31: relational-style joins over two CSV tables (inner, left, anti) with group-by totals.
package main

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const customersCSV = `id,name,country
c1,Acme Corp,DE
c2,Globex,US
c3,Initech,US
c4,Umbrella,JP
c5,Hooli,US`

const ordersCSV = `order,customer_id,amount,status
o1,c1,120.00,paid
o2,c2,75.50,paid
o3,c1,30.00,refunded
o4,c3,210.00,paid
o5,c9,99.99,paid
o6,c2,12.25,pending
o7,c1,88.00,paid`

type table struct {
	header []string
	rows   [][]string
}

func (t table) col(name string) int {
	return slices.Index(t.header, name)
}

func load(s string) table {
	recs, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil {
		panic(err)
	}
	return table{recs[0], recs[1:]}
}

// index builds a hash index on a unique key column.
func index(t table, col string) map[string][]string {
	ci := t.col(col)
	idx := make(map[string][]string, len(t.rows))
	for _, r := range t.rows {
		idx[r[ci]] = r
	}
	return idx
}

func main() {
	cust, ord := load(customersCSV), load(ordersCSV)
	byID := index(cust, "id")
	oCust, oAmt, oStatus, oID := ord.col("customer_id"), ord.col("amount"), ord.col("status"), ord.col("order")
	cName, cCountry := cust.col("name"), cust.col("country")

	fmt.Println("INNER JOIN orders x customers:")
	var orphans []string
	for _, o := range ord.rows {
		c, ok := byID[o[oCust]]
		if !ok {
			orphans = append(orphans, o[oID])
			continue
		}
		fmt.Printf("  %-3s %-10s %-2s %7s %s\n", o[oID], c[cName], c[cCountry], o[oAmt], o[oStatus])
	}
	fmt.Println("orders with unknown customer:", orphans)

	// LEFT JOIN customers -> paid orders, aggregated.
	type agg struct {
		name    string
		country string
		orders  int
		paid    float64
	}
	per := map[string]*agg{}
	for _, c := range cust.rows {
		per[c[0]] = &agg{name: c[cName], country: c[cCountry]}
	}
	for _, o := range ord.rows {
		a, ok := per[o[oCust]]
		if !ok || o[oStatus] != "paid" {
			continue
		}
		amt, err := strconv.ParseFloat(o[oAmt], 64)
		if err != nil {
			panic(err)
		}
		a.orders++
		a.paid += amt
	}
	list := make([]*agg, 0, len(per))
	for _, a := range per {
		list = append(list, a)
	}
	slices.SortFunc(list, func(x, y *agg) int {
		return cmp.Or(cmp.Compare(y.paid, x.paid), strings.Compare(x.name, y.name))
	})
	fmt.Println("\nLEFT JOIN customers with paid revenue:")
	for _, a := range list {
		fmt.Printf("  %-10s %-2s orders=%d paid=%7.2f\n", a.name, a.country, a.orders, a.paid)
	}

	fmt.Println("\nANTI JOIN (customers without paid orders):")
	for _, a := range list {
		if a.orders == 0 {
			fmt.Println("  " + a.name)
		}
	}

	byCountry := map[string]float64{}
	for _, a := range list {
		byCountry[a.country] += a.paid
	}
	countries := make([]string, 0, len(byCountry))
	for c := range byCountry {
		countries = append(countries, c)
	}
	slices.Sort(countries)
	fmt.Println("\nGROUP BY country:")
	for _, c := range countries {
		fmt.Printf("  %s %8.2f\n", c, byCountry[c])
	}
}
