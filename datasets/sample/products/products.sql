--
-- PostgreSQL database dump
--

-- Product catalog of the scenario's operational database, written by `lab datasets generate`
-- in the layout of pg_dump 15's plain format. Load it with: psql -v ON_ERROR_STOP=1 -f products.sql

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: products; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.products (
    product_id integer NOT NULL,
    sku character varying(20) NOT NULL,
    product_name character varying(200) NOT NULL,
    category character varying(50) NOT NULL,
    subcategory character varying(50) NOT NULL,
    brand character varying(50) NOT NULL,
    description text,
    unit_cost numeric(10,2) NOT NULL,
    list_price numeric(10,2) NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone NOT NULL
);


--
-- Data for Name: products; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.products (product_id, sku, product_name, category, subcategory, brand, description, unit_cost, list_price, is_active, created_at) FROM stdin;
1	BE-000001	Litware Smart Conditioner	Beauty	Hair Care	Litware	Smart conditioner by Litware, part of our hair care range.	57.41	98.99	t	2020-08-24 14:11:27
2	BE-000002	Adatum Lite Hair Dryer	Beauty	Hair Care	Adatum	Lite hair dryer by Adatum, part of our hair care range.	49.40	80.99	t	2022-06-04 09:21:53
3	GR-000003	Lucerne Everyday Olive Oil	Grocery	Pantry	Lucerne	Everyday olive oil by Lucerne, part of our pantry range.	13.99	27.99	t	2023-08-31 21:01:23
4	TG-000004	Tailspin Eco Building Blocks	Toys & Games	Toys	Tailspin	Eco building blocks by Tailspin, part of our toys range.	33.32	56.49	t	2024-06-28 20:32:33
5	HK-000005	Margie Compact Picture Frame	Home & Kitchen	Decor	Margie	Compact picture frame by Margie, part of our decor range.	32.19	69.99	t	2022-03-10 12:42:22
6	HK-000006	Woodgrove Essential Stock Pot	Home & Kitchen	Cookware	Woodgrove	Essential stock pot by Woodgrove, part of our cookware range.	58.85	108.99	t	2022-01-23 09:17:29
7	BK-000007	Margie Travel Mystery Novel	Books	Fiction	Margie	Travel mystery novel by Margie, part of our fiction range.	16.74	24.99	t	2021-05-14 12:27:56
8	BK-000008	Margie Pro Cookbook	Books	Nonfiction	Margie	Pro cookbook by Margie, part of our nonfiction range.	15.53	36.99	t	2024-08-28 01:56:04
9	BE-000009	Contoso Lite Moisturizer	Beauty	Skin Care	Contoso	Lite moisturizer by Contoso, part of our skin care range.	15.59	32.49	t	2022-02-05 17:31:36
10	GR-000010	Tailspin Premium Green Tea	Grocery	Pantry	Tailspin	Premium green tea by Tailspin, part of our pantry range.	9.29	15.49	t	2020-09-17 06:29:16
11	CL-000011	Margie Pro Hoodie	Clothing	Basics	Margie	Pro hoodie by Margie, part of our basics range.	7.35	15.99	t	2020-08-18 03:55:12
12	CL-000012	Proseware Pro Rain Jacket	Clothing	Outerwear	Proseware	Pro rain jacket by Proseware, part of our outerwear range.	154.34	220.49	f	2023-12-31 02:03:19
13	GR-000013	Lucerne Studio Ground Coffee	Grocery	Pantry	Lucerne	Studio ground coffee by Lucerne, part of our pantry range.	5.34	10.49	t	2021-05-30 02:36:38
14	SO-000014	Lucerne Eco Resistance Bands	Sports & Outdoors	Fitness	Lucerne	Eco resistance bands by Lucerne, part of our fitness range.	51.44	122.49	t	2021-01-26 09:21:47
15	TG-000015	Proseware Studio Card Game	Toys & Games	Games	Proseware	Studio card game by Proseware, part of our games range.	19.08	41.49	t	2024-04-01 21:32:36
16	EL-000016	Alpine Studio Laptop Stand	Electronics	Computers	Alpine	Studio laptop stand by Alpine, part of our computers range.	374.63	891.99	t	2021-03-07 20:24:52
17	HK-000017	Contoso Smart Stock Pot	Home & Kitchen	Cookware	Contoso	Smart stock pot by Contoso, part of our cookware range.	67.75	120.99	t	2023-03-23 19:02:24
18	SO-000018	Litware Travel Yoga Mat	Sports & Outdoors	Fitness	Litware	\N	20.39	42.49	f	2020-09-10 00:06:38
19	BK-000019	Margie Deluxe Fantasy Saga	Books	Fiction	Margie	Deluxe fantasy saga by Margie, part of our fiction range.	17.98	29.49	t	2024-04-22 09:47:28
20	BK-000020	Coho Classic Fantasy Saga	Books	Fiction	Coho	Classic fantasy saga by Coho, part of our fiction range.	11.72	22.99	t	2024-03-23 00:58:41
21	EL-000021	Trey Studio Monitor	Electronics	Computers	Trey	Studio monitor by Trey, part of our computers range.	84.09	144.99	t	2021-07-03 16:51:42
22	BE-000022	Tailspin Compact Moisturizer	Beauty	Skin Care	Tailspin	Compact moisturizer by Tailspin, part of our skin care range.	27.35	47.99	t	2022-09-11 14:17:30
23	TG-000023	Wingtip Smart Building Blocks	Toys & Games	Toys	Wingtip	Smart building blocks by Wingtip, part of our toys range.	36.53	57.99	t	2022-10-23 14:22:39
24	CL-000024	Adatum Essential Rain Jacket	Clothing	Outerwear	Adatum	Essential rain jacket by Adatum, part of our outerwear range.	31.10	60.99	t	2024-10-10 16:51:26
25	GR-000025	Litware Classic Green Tea	Grocery	Pantry	Litware	Classic green tea by Litware, part of our pantry range.	6.12	12.49	t	2020-01-06 05:36:50
26	BK-000026	Bluefin Deluxe Travel Guide	Books	Nonfiction	Bluefin	Deluxe travel guide by Bluefin, part of our nonfiction range.	8.39	17.49	t	2021-04-16 06:13:29
27	HK-000027	Contoso Max Coffee Maker	Home & Kitchen	Appliances	Contoso	Max coffee maker by Contoso, part of our appliances range.	91.99	199.99	t	2021-09-18 13:25:15
28	SO-000028	Bluefin Essential Tent	Sports & Outdoors	Camping	Bluefin	Essential tent by Bluefin, part of our camping range.	78.74	187.49	t	2022-10-03 22:21:59
29	SO-000029	Trey Essential Tent	Sports & Outdoors	Camping	Trey	Essential tent by Trey, part of our camping range.	139.91	263.99	t	2021-03-02 06:15:45
30	EL-000030	Litware Compact Mechanical Keyboard	Electronics	Computers	Litware	Compact mechanical keyboard by Litware, part of our computers range.	476.90	756.99	t	2020-03-21 21:14:05
31	EL-000031	Woodgrove Everyday Bluetooth Speaker	Electronics	Audio	Woodgrove	Everyday bluetooth speaker by Woodgrove, part of our audio range.	32.99	54.99	t	2024-11-04 22:32:12
32	EL-000032	Proseware Ultra Mechanical Keyboard	Electronics	Computers	Proseware	Ultra mechanical keyboard by Proseware, part of our computers range.	478.49	869.99	t	2024-08-01 00:46:46
33	CL-000033	Coho Deluxe Down Parka	Clothing	Outerwear	Coho	Deluxe down parka by Coho, part of our outerwear range.	122.57	226.99	f	2020-09-11 11:32:34
34	GR-000034	Lucerne Studio Green Tea	Grocery	Pantry	Lucerne	Studio green tea by Lucerne, part of our pantry range.	8.60	20.99	t	2020-11-24 02:59:11
35	BE-000035	Proseware Essential Hair Dryer	Beauty	Hair Care	Proseware	Essential hair dryer by Proseware, part of our hair care range.	68.30	98.99	t	2022-06-19 01:31:18
36	CL-000036	Contoso Premium Down Parka	Clothing	Outerwear	Contoso	Premium down parka by Contoso, part of our outerwear range.	91.63	157.99	t	2022-04-03 09:19:52
37	BK-000037	Lucerne Studio Travel Guide	Books	Nonfiction	Lucerne	Studio travel guide by Lucerne, part of our nonfiction range.	30.35	43.99	t	2022-08-03 08:18:17
38	TG-000038	Northwind Compact Remote Control Car	Toys & Games	Toys	Northwind	Compact remote control car by Northwind, part of our toys range.	48.63	75.99	t	2024-09-29 21:53:44
39	GR-000039	Coho Compact Olive Oil	Grocery	Pantry	Coho	Compact olive oil by Coho, part of our pantry range.	13.04	28.99	t	2024-11-04 21:10:51
40	GR-000040	Fabrikam Smart Dark Chocolate	Grocery	Pantry	Fabrikam	Smart dark chocolate by Fabrikam, part of our pantry range.	14.87	23.99	t	2024-12-07 02:55:13
41	SO-000041	Lucerne Smart Jump Rope	Sports & Outdoors	Fitness	Lucerne	Smart jump rope by Lucerne, part of our fitness range.	53.00	92.99	t	2024-06-21 18:04:08
42	HK-000042	Wingtip Max Dutch Oven	Home & Kitchen	Cookware	Wingtip	Max dutch oven by Wingtip, part of our cookware range.	86.34	156.99	t	2021-01-04 17:38:07
43	HK-000043	Lucerne Max Blender	Home & Kitchen	Appliances	Lucerne	Max blender by Lucerne, part of our appliances range.	16.95	31.99	t	2024-02-25 06:00:01
44	BK-000044	Woodgrove Signature Short Stories	Books	Fiction	Woodgrove	Signature short stories by Woodgrove, part of our fiction range.	5.79	9.99	f	2021-04-30 03:39:04
45	HK-000045	Northwind Eco Knife Set	Home & Kitchen	Cookware	Northwind	Eco knife set by Northwind, part of our cookware range.	57.81	117.99	t	2023-12-24 11:23:01
46	BE-000046	Bluefin Pro Face Wash	Beauty	Skin Care	Bluefin	Pro face wash by Bluefin, part of our skin care range.	5.99	9.99	t	2023-03-27 23:00:40
47	SO-000047	Contoso Everyday Camp Stove	Sports & Outdoors	Camping	Contoso	Everyday camp stove by Contoso, part of our camping range.	132.59	220.99	t	2023-06-30 18:17:48
48	GR-000048	Litware Essential Olive Oil	Grocery	Pantry	Litware	\N	11.46	18.49	f	2023-03-21 12:14:10
49	GR-000049	Trey Eco Olive Oil	Grocery	Pantry	Trey	Eco olive oil by Trey, part of our pantry range.	11.47	27.99	t	2024-03-11 18:37:01
50	EL-000050	Woodgrove Signature Mechanical Keyboard	Electronics	Computers	Woodgrove	Signature mechanical keyboard by Woodgrove, part of our computers range.	206.71	303.99	t	2023-04-01 03:10:50
51	HK-000051	Fabrikam Essential Air Fryer	Home & Kitchen	Appliances	Fabrikam	Essential air fryer by Fabrikam, part of our appliances range.	90.29	209.99	t	2020-05-12 20:31:36
52	BK-000052	Litware Essential Travel Guide	Books	Nonfiction	Litware	Essential travel guide by Litware, part of our nonfiction range.	37.94	57.49	f	2021-03-16 10:20:13
53	SO-000053	Northwind Essential Sleeping Bag	Sports & Outdoors	Camping	Northwind	Essential sleeping bag by Northwind, part of our camping range.	71.54	158.99	t	2024-07-26 07:02:33
54	SO-000054	Margie Essential Dumbbell Set	Sports & Outdoors	Fitness	Margie	Essential dumbbell set by Margie, part of our fitness range.	29.88	69.49	t	2022-08-18 16:44:20
55	TG-000055	Tailspin Classic Puzzle 1000 Pieces	Toys & Games	Games	Tailspin	Classic puzzle 1000 pieces by Tailspin, part of our games range.	26.03	41.99	t	2020-05-29 02:17:27
56	SO-000056	Litware Premium Sleeping Bag	Sports & Outdoors	Camping	Litware	Premium sleeping bag by Litware, part of our camping range.	213.35	380.99	t	2020-02-10 11:26:22
57	BK-000057	Tailspin Max Cookbook	Books	Nonfiction	Tailspin	Max cookbook by Tailspin, part of our nonfiction range.	18.85	40.99	t	2022-09-16 11:11:49
58	HK-000058	Woodgrove Lite Table Lamp	Home & Kitchen	Decor	Woodgrove	Lite table lamp by Woodgrove, part of our decor range.	12.81	22.49	t	2021-12-28 19:19:31
59	TG-000059	Tailspin Smart Card Game	Toys & Games	Games	Tailspin	\N	13.72	30.49	t	2024-07-14 18:00:53
60	BE-000060	Proseware Travel Moisturizer	Beauty	Skin Care	Proseware	Travel moisturizer by Proseware, part of our skin care range.	24.00	48.99	t	2022-03-29 14:58:21
61	GR-000061	Trey Classic Olive Oil	Grocery	Pantry	Trey	Classic olive oil by Trey, part of our pantry range.	5.59	9.99	t	2023-07-22 13:43:17
62	TG-000062	Tailspin Everyday Card Game	Toys & Games	Games	Tailspin	\N	5.80	13.49	f	2020-03-13 13:14:40
63	TG-000063	Northwind Ultra Card Game	Toys & Games	Games	Northwind	Ultra card game by Northwind, part of our games range.	13.22	24.49	t	2023-12-28 14:24:55
64	EL-000064	Proseware Eco Wireless Mouse	Electronics	Computers	Proseware	Eco wireless mouse by Proseware, part of our computers range.	80.99	179.99	t	2022-07-05 01:11:58
65	CL-000065	Adatum Pro Down Parka	Clothing	Outerwear	Adatum	Pro down parka by Adatum, part of our outerwear range.	96.03	195.99	t	2020-11-15 12:53:25
66	HK-000066	Alpine Premium Toaster	Home & Kitchen	Appliances	Alpine	Premium toaster by Alpine, part of our appliances range.	45.16	69.49	t	2020-11-15 16:04:03
67	EL-000067	Northwind Smart Power Bank	Electronics	Accessories	Northwind	\N	35.09	58.49	t	2021-06-10 20:20:00
68	BE-000068	Bluefin Eco Conditioner	Beauty	Hair Care	Bluefin	Eco conditioner by Bluefin, part of our hair care range.	37.43	58.49	t	2023-06-21 23:04:58
69	HK-000069	Woodgrove Premium Toaster	Home & Kitchen	Appliances	Woodgrove	Premium toaster by Woodgrove, part of our appliances range.	104.18	150.99	t	2020-09-11 10:21:22
70	SO-000070	Fabrikam Classic Camp Stove	Sports & Outdoors	Camping	Fabrikam	Classic camp stove by Fabrikam, part of our camping range.	136.70	216.99	t	2020-05-19 03:10:26
71	CL-000071	Northwind Smart Rain Jacket	Clothing	Outerwear	Northwind	\N	90.15	160.99	t	2024-06-10 05:10:31
72	EL-000072	Trey Studio Wireless Mouse	Electronics	Computers	Trey	Studio wireless mouse by Trey, part of our computers range.	157.35	280.99	t	2024-07-12 16:56:30
73	CL-000073	Tailspin Studio Down Parka	Clothing	Outerwear	Tailspin	Studio down parka by Tailspin, part of our outerwear range.	116.47	223.99	t	2020-03-12 08:17:57
74	CL-000074	Trey Signature Joggers	Clothing	Basics	Trey	\N	32.44	58.99	t	2023-11-01 16:07:54
75	BE-000075	Woodgrove Pro Moisturizer	Beauty	Skin Care	Woodgrove	Pro moisturizer by Woodgrove, part of our skin care range.	29.49	49.99	f	2020-01-11 07:36:28
76	SO-000076	Lucerne Everyday Tent	Sports & Outdoors	Camping	Lucerne	Everyday tent by Lucerne, part of our camping range.	9.83	23.99	t	2022-02-24 19:15:07
77	CL-000077	Tailspin Deluxe Joggers	Clothing	Basics	Tailspin	Deluxe joggers by Tailspin, part of our basics range.	11.39	19.99	t	2024-02-21 17:26:18
78	BK-000078	Proseware Classic Fantasy Saga	Books	Fiction	Proseware	Classic fantasy saga by Proseware, part of our fiction range.	7.99	19.99	t	2020-09-14 22:42:25
79	BE-000079	Northwind Classic Moisturizer	Beauty	Skin Care	Northwind	Classic moisturizer by Northwind, part of our skin care range.	11.99	23.99	t	2022-02-09 05:53:35
80	BK-000080	Contoso Everyday Mystery Novel	Books	Fiction	Contoso	Everyday mystery novel by Contoso, part of our fiction range.	9.86	20.99	t	2020-10-19 10:09:17
81	BK-000081	Tailspin Smart Fantasy Saga	Books	Fiction	Tailspin	Smart fantasy saga by Tailspin, part of our fiction range.	6.71	11.99	t	2024-01-18 08:35:15
82	HK-000082	Wingtip Classic Knife Set	Home & Kitchen	Cookware	Wingtip	Classic knife set by Wingtip, part of our cookware range.	24.41	55.49	t	2021-06-18 13:29:31
83	HK-000083	Tailspin Ultra Stock Pot	Home & Kitchen	Cookware	Tailspin	Ultra stock pot by Tailspin, part of our cookware range.	35.85	81.49	t	2020-01-06 01:20:41
84	CL-000084	Northwind Classic Socks 6-Pack	Clothing	Basics	Northwind	Classic socks 6-pack by Northwind, part of our basics range.	38.18	56.99	t	2020-09-13 04:57:33
85	EL-000085	Tailspin Compact Laptop Stand	Electronics	Computers	Tailspin	Compact laptop stand by Tailspin, part of our computers range.	332.25	651.49	t	2021-03-22 03:08:59
86	SO-000086	Woodgrove Essential Resistance Bands	Sports & Outdoors	Fitness	Woodgrove	Essential resistance bands by Woodgrove, part of our fitness range.	27.94	42.99	t	2023-11-29 07:22:14
87	CL-000087	Litware Lite Joggers	Clothing	Basics	Litware	Lite joggers by Litware, part of our basics range.	26.39	43.99	t	2021-11-29 00:08:06
88	CL-000088	Contoso Signature Down Parka	Clothing	Outerwear	Contoso	Signature down parka by Contoso, part of our outerwear range.	36.33	84.49	t	2022-02-06 14:59:02
89	BK-000089	Coho Compact Fantasy Saga	Books	Fiction	Coho	Compact fantasy saga by Coho, part of our fiction range.	13.79	19.99	t	2023-06-10 02:20:20
90	SO-000090	Bluefin Ultra Headlamp	Sports & Outdoors	Camping	Bluefin	Ultra headlamp by Bluefin, part of our camping range.	134.67	258.99	t	2023-08-16 10:20:05
91	SO-000091	Margie Max Headlamp	Sports & Outdoors	Camping	Margie	Max headlamp by Margie, part of our camping range.	129.24	234.99	t	2023-10-25 10:45:08
92	BE-000092	Trey Travel Sunscreen SPF 50	Beauty	Skin Care	Trey	Travel sunscreen spf 50 by Trey, part of our skin care range.	4.63	7.99	t	2021-04-22 15:05:11
93	BE-000093	Fabrikam Eco Hair Dryer	Beauty	Hair Care	Fabrikam	Eco hair dryer by Fabrikam, part of our hair care range.	39.77	77.99	t	2020-12-06 04:43:41
94	TG-000094	Wingtip Everyday Remote Control Car	Toys & Games	Toys	Wingtip	Everyday remote control car by Wingtip, part of our toys range.	28.55	67.99	t	2024-08-10 08:09:46
95	GR-000095	Contoso Ultra Dark Chocolate	Grocery	Pantry	Contoso	Ultra dark chocolate by Contoso, part of our pantry range.	12.59	29.99	t	2021-11-29 13:58:05
96	SO-000096	Adatum Everyday Sleeping Bag	Sports & Outdoors	Camping	Adatum	Everyday sleeping bag by Adatum, part of our camping range.	124.10	295.49	t	2023-03-24 22:20:13
97	BE-000097	Tailspin Studio Conditioner	Beauty	Hair Care	Tailspin	Studio conditioner by Tailspin, part of our hair care range.	31.91	56.99	t	2022-02-09 02:25:31
98	SO-000098	Lucerne Premium Jump Rope	Sports & Outdoors	Fitness	Lucerne	Premium jump rope by Lucerne, part of our fitness range.	43.44	78.99	t	2021-03-12 18:46:01
99	CL-000099	Adatum Lite Hoodie	Clothing	Basics	Adatum	Lite hoodie by Adatum, part of our basics range.	35.83	53.49	t	2020-09-04 10:54:27
100	TG-000100	Wingtip Premium Board Game	Toys & Games	Games	Wingtip	Premium board game by Wingtip, part of our games range.	17.62	42.99	t	2021-05-16 15:30:27
\.


--
-- Name: products products_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_pkey PRIMARY KEY (product_id);


--
-- Name: products products_sku_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_sku_key UNIQUE (sku);


--
-- PostgreSQL database dump complete
--

