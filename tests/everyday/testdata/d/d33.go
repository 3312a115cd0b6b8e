package main

import (
	"fmt"
	"strings"
)

// ReportSteps are the hooks a concrete report supplies; Generate is the template method.
type ReportSteps interface {
	Title() string
	Columns() []string
	Rows() [][]string
	Footer(rows [][]string) string
	Width(col int) int
}

// BaseReport supplies default hook implementations to embed.
type BaseReport struct{}

func (BaseReport) Footer(rows [][]string) string { return fmt.Sprintf("%d row(s)", len(rows)) }
func (BaseReport) Width(int) int                 { return 12 }

func Generate(r ReportSteps) string {
	var b strings.Builder
	cols := r.Columns()
	title := r.Title()
	b.WriteString(title + "\n" + strings.Repeat("=", len(title)) + "\n")
	line := func(cells []string) {
		for i, c := range cells {
			w := r.Width(i)
			if len(c) > w {
				c = c[:w-1] + "~"
			}
			fmt.Fprintf(&b, "%-*s", w+1, c)
		}
		b.WriteString("\n")
	}
	line(cols)
	total := 0
	for i := range cols {
		total += r.Width(i) + 1
	}
	b.WriteString(strings.Repeat("-", total) + "\n")
	rows := r.Rows()
	for _, row := range rows {
		line(row)
	}
	b.WriteString(strings.Repeat("-", total) + "\n")
	b.WriteString(r.Footer(rows) + "\n")
	return b.String()
}

type Sale struct {
	Region string
	Rep    string
	Units  int
	Price  float64
}

type SalesReport struct {
	BaseReport
	Quarter string
	Sales   []Sale
}

func (s SalesReport) Title() string     { return "Sales " + s.Quarter }
func (s SalesReport) Columns() []string { return []string{"Region", "Rep", "Units", "Revenue"} }
func (s SalesReport) Rows() [][]string {
	var rows [][]string
	for _, x := range s.Sales {
		rows = append(rows, []string{x.Region, x.Rep, fmt.Sprint(x.Units), fmt.Sprintf("%.2f", float64(x.Units)*x.Price)})
	}
	return rows
}

// Footer overrides the default to add a revenue total.
func (s SalesReport) Footer(rows [][]string) string {
	sum := 0.0
	for _, x := range s.Sales {
		sum += float64(x.Units) * x.Price
	}
	return fmt.Sprintf("%s, total revenue %.2f", s.BaseReport.Footer(rows), sum)
}

type StockItem struct {
	SKU   string
	Desc  string
	Qty   int
	Floor int
}

type InventoryReport struct {
	BaseReport
	Items []StockItem
}

func (InventoryReport) Title() string     { return "Inventory below reorder floor" }
func (InventoryReport) Columns() []string { return []string{"SKU", "Description", "Qty", "Floor"} }
func (r InventoryReport) Rows() [][]string {
	var rows [][]string
	for _, it := range r.Items {
		if it.Qty < it.Floor {
			rows = append(rows, []string{it.SKU, it.Desc, fmt.Sprint(it.Qty), fmt.Sprint(it.Floor)})
		}
	}
	return rows
}

// Width overrides the default for the description column only.
func (r InventoryReport) Width(col int) int {
	if col == 1 {
		return 20
	}
	return r.BaseReport.Width(col) - 4
}

type AuditReport struct {
	BaseReport
	Events []string
}

func (AuditReport) Title() string     { return "Audit trail" }
func (AuditReport) Columns() []string { return []string{"#", "Event"} }
func (a AuditReport) Rows() [][]string {
	rows := make([][]string, len(a.Events))
	for i, e := range a.Events {
		rows[i] = []string{fmt.Sprint(i + 1), e}
	}
	return rows
}
func (AuditReport) Width(col int) int { return []int{3, 30}[col] }

func main() {
	reports := []ReportSteps{
		SalesReport{Quarter: "Q3 2024", Sales: []Sale{
			{"North", "Okafor", 120, 19.99},
			{"South", "Lindqvist", 75, 24.50},
			{"West", "Nakamura-Fitzgerald", 210, 18.00},
		}},
		InventoryReport{Items: []StockItem{
			{"K-100", "Mechanical keyboard", 4, 10},
			{"M-220", "Wireless mouse", 40, 15},
			{"C-031", "USB-C cable 2m braided nylon", 2, 50},
			{"H-900", "Headset", 0, 5},
		}},
		AuditReport{Events: []string{"user alice logged in", "role changed: bob -> admin", "export of customer table started by alice"}},
	}
	for _, r := range reports {
		fmt.Println(Generate(r))
	}
}
