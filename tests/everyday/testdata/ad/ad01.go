// Worker pool that prices customer orders; results are collected and sorted.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Order struct {
	ID       int
	Customer string
	Items    []LineItem
}

type LineItem struct {
	SKU   string
	Qty   int
	Cents int
}

type Priced struct {
	OrderID  int
	Customer string
	Subtotal int
	Tax      int
	Total    int
	Worker   int
}

func priceOrder(o Order) (sub, tax int) {
	for _, it := range o.Items {
		sub += it.Qty * it.Cents
	}
	// 8.25% tax, rounded half up in cents
	tax = (sub*825 + 5000) / 10000
	return sub, tax
}

func buildOrders() []Order {
	customers := []string{"acme", "globex", "initech", "umbrella", "hooli"}
	skus := []string{"bolt", "nut", "washer", "gear", "spring", "shaft"}
	var orders []Order
	for i := 1; i <= 14; i++ {
		o := Order{ID: 1000 + i, Customer: customers[i%len(customers)]}
		n := 1 + i%4
		for j := 0; j < n; j++ {
			o.Items = append(o.Items, LineItem{
				SKU:   skus[(i+j)%len(skus)],
				Qty:   1 + (i*j)%5,
				Cents: 199 + 37*((i+3*j)%11),
			})
		}
		orders = append(orders, o)
	}
	return orders
}

func cents(c int) string {
	return fmt.Sprintf("$%d.%02d", c/100, c%100)
}

func main() {
	orders := buildOrders()
	jobs := make(chan Order)
	results := make(chan Priced, len(orders))

	const workers = 4
	var wg sync.WaitGroup
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for o := range jobs {
				sub, tax := priceOrder(o)
				results <- Priced{OrderID: o.ID, Customer: o.Customer, Subtotal: sub, Tax: tax, Total: sub + tax, Worker: id}
			}
		}(w)
	}

	go func() {
		for _, o := range orders {
			jobs <- o
		}
		close(jobs)
	}()

	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Priced
	perWorker := make(map[int]int)
	for r := range results {
		all = append(all, r)
		perWorker[r.Worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].OrderID < all[j].OrderID })

	fmt.Println("order  customer   subtotal      tax     total")
	fmt.Println(strings.Repeat("-", 46))
	byCustomer := make(map[string]int)
	grand := 0
	for _, p := range all {
		fmt.Printf("%-6d %-9s %9s %8s %9s\n", p.OrderID, p.Customer, cents(p.Subtotal), cents(p.Tax), cents(p.Total))
		byCustomer[p.Customer] += p.Total
		grand += p.Total
	}
	fmt.Println(strings.Repeat("-", 46))

	names := make([]string, 0, len(byCustomer))
	for n := range byCustomer {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("customer %-9s total %s\n", n, cents(byCustomer[n]))
	}
	fmt.Printf("grand total %s over %d orders\n", cents(grand), len(all))

	processed := 0
	for _, c := range perWorker {
		processed += c
	}
	fmt.Printf("workers=%d processed=%d (distribution not shown)\n", workers, processed)
}
